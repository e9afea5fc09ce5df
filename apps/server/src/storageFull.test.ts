import { addCard, snapshot } from '@tavolo/board';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { api } from './testing/api.js';
import { startTestServer, type TestServer } from './testing/startTestServer.js';
import { until } from './testing/until.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function client(server: TestServer, room: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  cleanups.push(() => {
    provider.destroy();
    doc.destroy();
  });
  return { doc, provider, closeCodes };
}

const texts = (doc: Y.Doc) => snapshot(doc).sections.flatMap((s) => s.cards.map((c) => c.text));

describe('a full disk', () => {
  it('refuses edits and API writes with a clear error, changes nothing, and recovers', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.stop());
    // The moderator at her laptop (a) and her tablet (b): her cards name her as author.
    const chiara = await server.join('robotica', 'moderator', { name: 'Chiara' });
    const moderator = { id: chiara.participantId, role: 'moderator' as const };
    const a = await client(server, 'robotica', chiara.token);
    const b = await client(server, 'robotica', chiara.token);
    await until(() => a.provider.synced && b.provider.synced, 'both clients synced');
    const eventsBefore = (await api(server, 'GET', '/api/events')).body;

    // The file may not grow: every write that needs a new page fails with SQLITE_FULL.
    const pages = server.db.pragma('page_count', { simple: true }) as number;
    server.db.pragma(`max_page_count = ${pages}`);
    // One edit of fifteen long cards: about 28 KB, more than the free space in any page.
    const long = (n: number) =>
      `${n} Fabbisogno Zaffiro-7319 di competenze in manutenzione predittiva. ${'x'.repeat(1_900)}`;
    Y.transact(a.doc, () => {
      for (let n = 0; n < 15; n++)
        addCard(a.doc, moderator, { section: 'needs', text: long(n) }, { id: `big-${n}` });
    });

    await until(() => a.closeCodes.includes(1013), 'the writer closed with 1013', 10_000);
    const created = await api(server, 'POST', '/api/events', {
      title: 'Skills Intelligence Piacenza',
      date: '2026-12-03',
      startTime: '09:30',
      place: 'Piacenza',
      organiser: 'ART-ER',
      // Thirty tables, each with its board: more than the space left in the file's pages.
      tables: Array.from({ length: 30 }, (_, n) => ({
        title: `Tavolo ${n}: competenze per la transizione digitale della filiera agroalimentare`,
        moderators: [{ name: 'Chiara Bianchi', organisation: 'Clust-ER Agrifood' }],
      })),
    });
    expect(created).toMatchObject({ status: 507, body: { code: 'storage_full' } });
    expect((await api(server, 'GET', '/api/events')).body).toEqual(eventsBefore);
    // Neither are the boards stored for its tables before the failure.
    const boards = server.db
      .prepare("SELECT count(*) AS n FROM doc_updates WHERE doc LIKE 'tavolo-%'")
      .get() as { n: number };
    expect(boards.n).toBe(0);
    // Nobody else saw the edit, and it is not in the file.
    expect(texts(b.doc)).not.toContain(long(0));
    const stored = server.db
      .prepare(
        "SELECT count(*) AS n FROM doc_updates WHERE doc = 'robotica' AND instr(data, ?) > 0",
      )
      .get(Buffer.from('Zaffiro-7319')) as { n: number };
    expect(stored.n).toBe(0);

    // Space again: the writer's client reconnects by itself and its edit goes through.
    server.db.pragma('max_page_count = 1073741823');
    await until(
      () => Array.from({ length: 15 }, (_, n) => long(n)).every((t) => texts(b.doc).includes(t)),
      'the edit to arrive',
      15_000,
    );
    const after = server.db
      .prepare(
        "SELECT count(*) AS n FROM doc_updates WHERE doc = 'robotica' AND instr(data, ?) > 0",
      )
      .get(Buffer.from('Zaffiro-7319')) as { n: number };
    expect(after.n).toBe(1);
  });
});
