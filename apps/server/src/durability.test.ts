import { addCard, editCardText, ROOT, type Actor } from '@tavolo/board';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { signToken } from './auth/tokens.js';
import { openDatabase } from './store/openDatabase.js';
import { SqliteDocStore } from './store/SqliteDocStore.js';
import { ChildServer, freePort } from './testing/ChildServer.js';
import { applyStored } from './store/storedDoc.js';
import { stateKey } from './testing/stateKey.js';
import { until } from './testing/until.js';

const KILLS = 12;
const CLIENTS = 4;
const UPDATES_BETWEEN_KILLS = 15;
const SECRET = 'durability-test-secret';

interface Writer {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly actor: Actor;
  /** Every update this client received from the server. */
  readonly received: Uint8Array[];
}

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn();
});

describe('durability under SIGKILL', () => {
  it('keeps every update any client received from the server, across repeated kills', async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'tavolo-kill-'));
    const server = new ChildServer({
      PORT: String(port),
      TAVOLO_DATA_DIR: dataDir,
      TAVOLO_SECRET: SECRET,
      TAVOLO_COMPACT_EVERY: '40',
    });
    cleanups.push(() => server.stop('SIGKILL'));
    await server.start();

    const secret = Buffer.from(SECRET, 'utf8');
    const writers: Writer[] = Array.from({ length: CLIENTS }, (_, i) => {
      const actor: Actor = { id: `p${i}`, name: `P${i}`, organisation: 'Org', role: 'participant' };
      const token = signToken(
        {
          tableId: 'robotica',
          role: 'participant',
          participantId: actor.id,
          exp: Date.now() + 3_600_000,
        },
        secret,
      );
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, 'robotica', doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        maxBackoffTime: 100,
        params: { token },
      });
      const received: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === provider) received.push(update);
      });
      cleanups.push(() => provider.destroy());
      return { doc, provider, actor, received };
    });
    await until(() => writers.every((w) => w.provider.synced), 'first sync');

    // Every client keeps writing, online or not, until told to stop.
    let n = 0;
    const mine = new Map<Writer, string[]>();
    const typing = setInterval(() => {
      for (const w of writers) {
        const own = mine.get(w) ?? [];
        if (own.length > 0 && n % 3 === 0)
          editCardText(w.doc, w.actor, own[n % own.length]!, `e${n}`);
        else own.push(addCard(w.doc, w.actor, { section: 'needs', text: `c${n}` }));
        mine.set(w, own);
        n++;
      }
    }, 4);
    cleanups.push(() => clearInterval(typing));

    const receivedCount = () => writers.reduce((sum, w) => sum + w.received.length, 0);
    for (let round = 0; round < KILLS; round++) {
      const target = receivedCount() + UPDATES_BETWEEN_KILLS;
      await until(() => receivedCount() >= target, `updates in round ${round}`);
      await server.stop('SIGKILL');
      await server.start();
    }
    clearInterval(typing);

    // Everyone reconnects and catches up.
    await until(
      () =>
        writers.every((w) => w.provider.synced && w.provider.wsconnected) &&
        writers.every((w) => stateKey(w.doc) === stateKey(writers[0]!.doc)),
      'convergence',
    );

    const db = openDatabase(join(dataDir, 'tavolo.sqlite'));
    cleanups.push(() => db.close());
    const stored = await new SqliteDocStore(db).load('robotica');
    const fromStorage = applyStored(new Y.Doc(), stored);

    const replicas = [...writers.map((w) => w.doc), fromStorage];
    const snapshots = replicas.map((doc) => Y.snapshot(doc));
    let checked = 0;
    for (const w of writers) {
      for (const update of w.received) {
        for (const snap of snapshots) expect(Y.snapshotContainsUpdate(snap, update)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(KILLS * UPDATES_BETWEEN_KILLS);
    const cards = (doc: Y.Doc) => doc.getMap(ROOT.cards).toJSON();
    for (const doc of replicas) expect(cards(doc)).toEqual(cards(writers[0]!.doc));
  }, 180_000);
});

describe('clean shutdown', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s stops accepting, stores every room as a snapshot and exits 0',
    async (signal) => {
      const port = await freePort();
      const dataDir = mkdtempSync(join(tmpdir(), 'tavolo-stop-'));
      const server = new ChildServer({
        PORT: String(port),
        TAVOLO_DATA_DIR: dataDir,
        TAVOLO_SECRET: SECRET,
      });
      cleanups.push(() => server.stop('SIGKILL'));
      await server.start();
      const actor: Actor = { id: 'p', name: 'P', organisation: 'Org', role: 'participant' };
      const token = signToken(
        { tableId: 'robotica', role: 'participant', participantId: 'p', exp: Date.now() + 60_000 },
        Buffer.from(SECRET, 'utf8'),
      );
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, 'robotica', doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        params: { token },
      });
      cleanups.push(() => provider.destroy());
      await until(() => provider.synced, 'sync');
      const card = addCard(doc, actor, { section: 'needs', text: 'Manutentori meccatronici' });
      const codes: number[] = [];
      provider.on('connection-close', (event) => event && codes.push(event.code));
      // The card is committed once the server has it: ask for its state and wait for the answer.
      const db = openDatabase(join(dataDir, 'tavolo.sqlite'));
      cleanups.push(() => db.close());
      const stored = async () => {
        const s = await new SqliteDocStore(db).load('robotica');
        return { doc: applyStored(new Y.Doc(), s), updates: s.updates.length };
      };
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          void stored().then(({ doc: d }) => {
            if (d.getMap(ROOT.cards).has(card)) resolve(void clearInterval(check));
          });
        }, 5);
      });
      expect(await server.stop(signal)).toBe(0);
      // Connected clients were told the server is restarting, so they reconnect and resync.
      await until(() => codes.includes(1012), 'close 1012');
      expect(server.output).toContain('"event":"stopped"');
      const after = await stored();
      expect(after.updates).toBe(0);
      expect(after.doc.getMap(ROOT.cards).has(card)).toBe(true);
    },
    30_000,
  );
});
