import type { APIRequestContext } from '@playwright/test';
import { E2E_ADMIN_KEY } from '../adminKey.js';

/**
 * A new event with one skill-needs table, created by the secretariat through the API; returns
 * the table's id. For specs that need a board of their own (a long one, say).
 */
export async function newTable(request: APIRequestContext, title: string): Promise<string> {
  const res = await request.post('/api/events', {
    headers: { authorization: `Bearer ${E2E_ADMIN_KEY}` },
    data: {
      title: `Skills Intelligence: ${title}`,
      date: '2026-05-12',
      place: 'Tecnopolo DAMA, Bologna',
      organiser: 'ART-ER',
      tables: [{ title, templateId: 'skillNeeds', cluster: 'Clust-ER MECH' }],
    },
  });
  if (!res.ok()) throw new Error(`create event: ${res.status()} ${await res.text()}`);
  const event = (await res.json()) as { tables: Array<{ id: string }> };
  const table = event.tables[0];
  if (!table) throw new Error('the event has no table');
  return table.id;
}

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
