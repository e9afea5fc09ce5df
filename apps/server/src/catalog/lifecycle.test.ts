import { addCard, readPhase, ROOT, setPhase, type Actor } from '@tavolo/board';

const ORGANISER: Actor = {
  id: 'art-er',
  role: 'secretariat',
};
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { api } from '../testing/api.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { applyStored } from '../store/storedDoc.js';
import { until } from '../testing/until.js';

let server: TestServer | null = null;
const providers: WebsocketProvider[] = [];
afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy();
  await server?.stop();
  server = null;
});

/** A participant's live board on a table, through an invitation code. */
async function joinLive(s: TestServer, tableId: string, name: string) {
  const invite = await api(s, 'POST', `/api/tables/${tableId}/invitations`, {
    role: 'participant',
  });
  const joined = await api(
    s,
    'POST',
    '/api/invitations/accept',
    { code: invite.body.code, name, organisation: 'Officine Marker', consent: true },
    null,
  );
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(s.url, tableId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: joined.body.token },
  });
  providers.push(provider);
  const closes: number[] = [];
  provider.on('connection-close', (e) => e && closes.push(e.code));
  await until(() => provider.synced);
  const actor: Actor = {
    id: joined.body.participantId,
    role: 'participant',
  };
  return { doc, provider, actor, closes };
}

const MARKERS = {
  title: 'Evento Traccia Zafferano',
  table: 'Tavolo Traccia Cardamomo',
  person: 'Ottavia Pimpinella',
  card: 'Competenza traccia liquirizia',
};

async function eventWithContent(s: TestServer) {
  const event = await api(s, 'POST', '/api/events', {
    title: MARKERS.title,
    date: '2026-11-23',
    tables: [{ title: MARKERS.table, moderators: [{ name: 'Nome Moderatrice Curcuma' }] }],
  });
  const tableId: string = event.body.tables[0].id;
  const live = await joinLive(s, tableId, MARKERS.person);
  await s.app.rooms.change(tableId, (doc) => setPhase(doc, ORGANISER, 'sharing'));
  await until(() => readPhase(live.doc) === 'sharing');
  addCard(live.doc, live.actor, { section: 'needs', text: MARKERS.card });
  const stored = async () => {
    return applyStored(new Y.Doc(), await s.app.store.load(tableId));
  };
  await until(() => s.app.rooms.get(tableId)?.doc.getMap(ROOT.cards).size === 1);
  return { eventId: event.body.id as string, tableId, live, stored };
}

describe('event lifecycle', () => {
  it('archiving closes every board and makes everything read-only', async () => {
    const s = (server = await startTestServer());
    const { eventId, tableId, live, stored } = await eventWithContent(s);
    const archived = await api(s, 'POST', `/api/events/${eventId}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toEqual(expect.any(Number));
    expect(readPhase(await stored())).toBe('closed');

    // The participant was reconnected and now sees the closed board, but cannot write.
    await until(() => live.closes.includes(1012));
    await until(() => live.provider.synced && readPhase(live.doc) === 'closed');
    live.doc.getMap(ROOT.cards).delete([...live.doc.getMap(ROOT.cards).keys()][0]!);
    await until(() => live.closes.includes(4403));
    expect((await stored()).getMap(ROOT.cards).size).toBe(1);

    for (const [method, path, body] of [
      ['PATCH', `/api/events/${eventId}`, { title: 'Nuovo' }],
      ['POST', `/api/events/${eventId}/tables`, { title: 'Altro' }],
      ['PATCH', `/api/tables/${tableId}`, { title: 'Altro' }],
      ['POST', `/api/tables/${tableId}/invitations`, { role: 'participant' }],
      ['POST', `/api/events/${eventId}/archive`, undefined],
    ] as const) {
      const res = await api(s, method, path, body);
      expect(res).toMatchObject({ status: 409, body: { code: 'event_archived' } });
    }
  });

  it('deleting an event leaves no trace of it in the database file', async () => {
    const s = (server = await startTestServer());
    const { eventId, tableId, live } = await eventWithContent(s);
    const file = join(s.dataDir, 'tavolo.sqlite');
    const bytes = () =>
      Buffer.concat(
        [file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path)),
      ).toString('latin1');
    const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    for (const marker of Object.values(MARKERS)) expect(bytes()).toContain(utf8(marker));

    expect((await api(s, 'DELETE', `/api/events/${eventId}`)).status).toBe(204);
    await until(() => live.closes.includes(4404));
    for (const marker of [...Object.values(MARKERS), 'Nome Moderatrice Curcuma', tableId]) {
      expect(bytes()).not.toContain(utf8(marker));
    }
    expect((await api(s, 'GET', `/api/events/${eventId}`)).status).toBe(404);
    expect(await s.app.catalog.participants.list(tableId)).toEqual([]);
    expect(await s.app.catalog.invitations.list(tableId)).toEqual([]);
    // The demo event is untouched.
    expect((await api(s, 'GET', '/api/events')).body.events).toHaveLength(1);
  });
});
