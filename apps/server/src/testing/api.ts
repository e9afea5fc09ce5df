import { DEMO_TABLES } from '../demo/demoTables.js';
import type { TestServer } from './startTestServer.js';
import { TEST_ADMIN_KEY } from './startTestServer.js';

/** A JSON request against a test server; `key` is sent as the bearer credential. */
export async function api(
  server: TestServer,
  method: string,
  path: string,
  body?: unknown,
  key: string | null = TEST_ADMIN_KEY,
) {
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.httpUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    // Tests assert on the JSON's shape themselves.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    body: (text ? JSON.parse(text) : null) as Record<string, any>,
  };
}

/**
 * The people a test added at a table: everyone the catalogue records there but the demo's
 * authors, whom the demo seed records as people (without invitation) like anyone who writes.
 */
export async function joinedPeople(server: TestServer, tableId: string) {
  const demo = new Set(DEMO_TABLES.flatMap((t) => t.cards.map((c) => c.name)));
  const people = await server.app.catalog.participants.list(tableId);
  return people.filter((p) => !(p.invitationId === null && demo.has(p.name)));
}
