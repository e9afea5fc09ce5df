import type { APIRequestContext } from '@playwright/test';
import { E2E_ADMIN_KEY } from '../adminKey.js';

let made = 0;

/**
 * A new event with one table, as the secretariat creates it: a table of its own for a spec that
 * walks it through its phases, so no other spec's table changes. Returns the table's id.
 */
export async function newTable(
  request: APIRequestContext,
  title: string,
  language: 'it' | 'en' = 'it',
): Promise<string> {
  made += 1;
  const res = await request.post('/api/events', {
    headers: { authorization: `Bearer ${E2E_ADMIN_KEY}` },
    data: {
      title: `Skills Intelligence Romagna ${Date.now()} ${made}`,
      date: '2026-11-19',
      startTime: '09:30',
      place: 'Tecnopolo di Forlì',
      organiser: 'ART-ER',
      language,
      tables: [
        {
          title,
          cluster: 'Clust-ER MECH',
          area: 'Meccatronica',
          moderators: [{ name: 'Federico Marchi', organisation: 'Clust-ER MECH' }],
        },
      ],
    },
  });
  if (!res.ok()) throw new Error(`event: ${res.status()} ${await res.text()}`);
  const body = (await res.json()) as { tables: Array<{ id: string }> };
  return body.tables[0]!.id;
}

/** The code of a new invitation to a table, as the secretariat hands it out. */
export async function invitationCode(
  request: APIRequestContext,
  tableId: string,
  role: 'participant' | 'observer',
): Promise<string> {
  const res = await request.post(`/api/tables/${tableId}/invitations`, {
    headers: { authorization: `Bearer ${E2E_ADMIN_KEY}` },
    data: { role, label: role === 'observer' ? 'Proiettore' : 'Partecipanti' },
  });
  if (!res.ok()) throw new Error(`invitation: ${res.status()}`);
  return ((await res.json()) as { code: string }).code;
}
