import { BENCH_ADMIN_KEY, type ServerProcess } from './ServerProcess.js';

/**
 * The WebSocket URL a client of `server` opens for the document `tableId`, presenting the token
 * of a seat (server.guests) on ours; the peers ignore it.
 */
export function clientUrl(server: ServerProcess, tableId: string, token: string): string {
  const base = `ws://127.0.0.1:${server.port}`;
  if (server.kind === 'ours') return `${base}/sync/${tableId}?token=${token}`;
  // Hocuspocus names the document inside every message; the URL path is not used.
  if (server.kind === 'hocuspocus') return `${base}/`;
  return `${base}/${tableId}`;
}

/** The base URL and room name a y-websocket WebsocketProvider is given. */
export function providerEndpoint(server: ServerProcess): string {
  const base = `ws://127.0.0.1:${server.port}`;
  return server.kind === 'ours' ? `${base}/sync` : base;
}

/** Creates `count` tables on our server through the secretariat API (40 per event). */
export async function createOurTables(server: ServerProcess, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let first = 0; first < count; first += 40) {
    const tables = Array.from({ length: Math.min(40, count - first) }, (_, i) => ({
      title: `bench t${first + i}`,
    }));
    const res = await fetch(`http://127.0.0.1:${server.port}/api/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${BENCH_ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `bench ${first}`, date: '2026-11-23', tables }),
    });
    if (res.status !== 201) throw new Error(`creating tables: ${res.status} ${await res.text()}`);
    const event = (await res.json()) as { tables: Array<{ id: string }> };
    ids.push(...event.tables.map((t) => t.id));
  }
  return ids;
}
