import type { AdminKey } from '../auth/adminKey.js';
import type { Catalog } from '../catalog/Catalog.js';

/**
 * The links to open, printed at start: the secretariat's pages and, for the most recent event
 * that is not archived, each table's moderator invitation and participant link.
 */
export async function startupLinks(
  catalog: Catalog,
  base: string,
  admin: AdminKey,
): Promise<string[]> {
  const lines = [
    '',
    `  Segreteria / secretariat: ${base}/segreteria#chiave=${admin.key}`,
    admin.generated
      ? '    (chiave generata e salvata in admin.key / key generated into admin.key)'
      : '    (chiave da TAVOLO_ADMIN_KEY o admin.key / key from TAVOLO_ADMIN_KEY or admin.key)',
  ];
  const event = (await catalog.events.list()).find((e) => e.archivedAt === null);
  if (!event) return [...lines, ''];
  lines.push('', `  ${event.title} (${event.date})`);
  const now = Date.now();
  for (const table of await catalog.tables.listByEvent(event.id)) {
    const moderator = (await catalog.invitations.list(table.id)).find(
      (i) => i.role === 'moderator' && i.revokedAt === null && i.expiresAt > now,
    );
    lines.push(`  ${table.title}`);
    if (moderator) {
      lines.push(
        `    moderatore / moderator:    ${base}/i/${catalog.invitations.linkToken(moderator)}`,
      );
    }
    const participants = table.openJoin
      ? `${base}/t/${table.id}`
      : `${base}/i/${catalog.invitations.linkToken(await catalog.participantInvitation(table.id, now))}`;
    lines.push(`    partecipanti / participants: ${participants}`);
  }
  return [...lines, ''];
}
