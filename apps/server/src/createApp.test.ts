import { addCard, editCardText, snapshot } from '@tavolo/board';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from './testing/startTestServer.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function client(server: TestServer, room: string, token?: string) {
  token ??= await server.tokenFor(room);
  const url = server.url;
  const doc = new Y.Doc();
  // disableBc: clients in one process would otherwise sync through BroadcastChannel,
  // bypassing the server under test.
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  cleanups.push(() => {
    provider.destroy();
    doc.destroy();
  });
  return { doc, provider };
}

function synced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
}

/** Resolves when `check` passes after some change to `doc`. */
function until(doc: Y.Doc, check: () => boolean): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve) => {
    const onUpdate = () => {
      if (!check()) return;
      doc.off('update', onUpdate);
      resolve();
    };
    doc.on('update', onUpdate);
  });
}

async function started(options?: { dataDir?: string }): Promise<TestServer> {
  const server = await startTestServer(options);
  let stopped = false;
  cleanups.push(async () => {
    if (!stopped) await server.stop();
  });
  const stop = server.stop;
  return {
    ...server,
    stop: async () => {
      stopped = true;
      await stop();
    },
  };
}

describe('sync server with y-websocket clients', () => {
  it('serves the stored board on first sync', async () => {
    const server = await started();
    const a = await client(server, 'robotica');
    await synced(a.provider);
    const board = snapshot(a.doc);
    expect(board.title).toBe('Competenze per la robotica industriale');
    expect(board.sections.map((s) => s.id)).toEqual(['needs', 'trends', 'proposals']);
    expect(board.sections[0]?.cards.length).toBeGreaterThan(0);
  });

  it('converges two clients, then keeps everything across a restart', async () => {
    const server = await started();
    // Laura on her phone (a) and her laptop (b): her cards name her as author.
    const laura = await server.join('robotica', 'participant', { name: 'Laura' });
    const author = { id: laura.participantId, role: 'participant' as const };
    const a = await client(server, 'robotica', laura.token);
    const b = await client(server, 'robotica', laura.token);
    await Promise.all([synced(a.provider), synced(b.provider)]);

    const id = addCard(a.doc, author, { section: 'needs', text: 'Tecnico PLC' });
    await until(b.doc, () => snapshot(b.doc).sections[0]?.cards.some((c) => c.id === id) ?? false);
    editCardText(b.doc, author, id, 'Tecnico PLC e robotica collaborativa');
    addCard(b.doc, author, { section: 'proposals', text: 'Academy di filiera' });
    await until(a.doc, () => snapshot(a.doc).sections[2]?.cards.length === 2);
    await until(a.doc, () =>
      snapshot(a.doc).sections[0]!.cards.some((c) => c.text.endsWith('collaborativa')),
    );
    // The server's own last update (binding b's client id) may still be on its way to b.
    const same = () => Buffer.from(Y.encodeStateVector(a.doc)).equals(Y.encodeStateVector(b.doc));
    await until(b.doc, same);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    const before = snapshot(a.doc);

    a.provider.disconnect();
    b.provider.disconnect();
    await server.stop();

    const restarted = await started({ dataDir: server.dataDir });
    const c = await client(restarted, 'robotica');
    await synced(c.provider);
    expect(snapshot(c.doc)).toEqual(before);
  });

  it('closes a socket for an unknown table with 4404', async () => {
    const server = await started();
    const ws = new WebSocket(`${server.url}/nessuno?token=${await server.tokenFor('nessuno')}`);
    const code = await new Promise<number>((resolve) => ws.on('close', resolve));
    expect(code).toBe(4404);
  });

  it('relays presence and clears it when a client leaves', async () => {
    const server = await started();
    const anna = await server.join('oleodinamica', 'participant', { name: 'Anna' });
    const a = await client(server, 'oleodinamica', anna.token);
    const b = await client(server, 'oleodinamica');
    await Promise.all([synced(a.provider), synced(b.provider)]);
    // What others see is Anna's id and role, whatever her client claims, and no name at all.
    a.provider.awareness.setLocalStateField('user', { name: 'La moderatrice', role: 'moderator' });
    const users = () =>
      [...b.provider.awareness.getStates().values()].map(
        (s) => (s as { user?: Record<string, unknown> }).user,
      );
    const annaThere = () => users().some((u) => u?.id === anna.participantId);
    await new Promise<void>((resolve) => {
      const check = () => annaThere() && resolve();
      b.provider.awareness.on('change', check);
      check();
    });
    expect(users().find((u) => u?.id === anna.participantId)).toEqual({
      id: anna.participantId,
      role: 'participant',
    });
    a.provider.disconnect();
    await new Promise<void>((resolve) => {
      const check = () => !annaThere() && resolve();
      b.provider.awareness.on('change', check);
      check();
    });
    expect(JSON.stringify(users())).not.toContain('La moderatrice');
  });
});
