import type { APIRequestContext } from '@playwright/test';
import { E2E_ADMIN_KEY } from '../adminKey.js';

/** Creates an event with one table of the given template, as the secretariat; returns its id. */
export async function createTable(
  request: APIRequestContext,
  table: { readonly title: string; readonly templateId: string },
): Promise<string> {
  const res = await request.post('/api/events', {
    headers: { authorization: `Bearer ${E2E_ADMIN_KEY}` },
    data: {
      title: `Skills Intelligence — ${table.title}`,
      date: '2025-11-19',
      place: 'Tecnopolo DAMA, Bologna',
      organiser: 'ART-ER',
      tables: [{ ...table, cluster: 'Clust-ER MECH', moderators: [] }],
    },
  });
  if (!res.ok()) throw new Error(`create event: ${res.status()} ${await res.text()}`);
  const event = (await res.json()) as { tables: Array<{ id: string }> };
  return event.tables[0]!.id;
}
