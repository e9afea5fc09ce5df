import { addCard, ROOT } from '@tavolo/board';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from './store/openDatabase.js';
import { SqliteDocStore } from './store/SqliteDocStore.js';
import { ChildServer, freePort } from './testing/ChildServer.js';
import { applyStored } from './store/storedDoc.js';
import { until } from './testing/until.js';
import {
  converged,
  expectNothingLost,
  keepWriting,
  receivedCount,
  writer,
} from './testing/writers.js';

const KILLS = 12;
const CLIENTS = 4;
const UPDATES_BETWEEN_KILLS = 15;
const SECRET = 'durability-test-secret';

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
      // The writers type every 4 ms (250 edits a second each), past the default rate limit of
      // 200 a second; a 4429 would stop a stock client for good (y-websocket does not reconnect
      // after 44xx), and this test is about kills, not rate limits.
      TAVOLO_RATE_LIMIT: '2000',
      TAVOLO_RATE_BURST: '5000',
    });
    cleanups.push(() => server.stop('SIGKILL'));
    await server.start();

    const writers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, index) =>
        writer({ index, url: `ws://127.0.0.1:${port}/sync` }),
      ),
    );
    for (const w of writers) cleanups.push(() => w.provider.destroy());
    await until(() => writers.every((w) => w.provider.synced), 'first sync');

    // Every client keeps writing, online or not, while the server is killed again and again.
    const typing = keepWriting(writers, 4);
    cleanups.push(typing.stop);
    for (let round = 0; round < KILLS; round++) {
      const target = receivedCount(writers) + UPDATES_BETWEEN_KILLS;
      // A restart compiles the server again: slow on a loaded machine, so wait generously.
      await until(
        () => receivedCount(writers) >= target,
        `updates in round ${round}`,
        120_000,
      ).catch((error: Error) => {
        // Say why: which writers are connected, how the server closed them, what it printed.
        const states = writers.map(
          (w) => `${w.actor.id}: connected=${w.provider.wsconnected} closes=${w.closes.join(',')}`,
        );
        throw new Error(`${error.message}\n${states.join('\n')}\n${server.errors.slice(-2000)}`);
      });
      await server.stop('SIGKILL');
      await server.start();
    }
    typing.stop();
    await converged(writers);

    const db = openDatabase(join(dataDir, 'tavolo.sqlite'));
    cleanups.push(() => db.close());
    const stored = await new SqliteDocStore(db).load('robotica');
    const fromStorage = applyStored(new Y.Doc(), stored);

    const checked = expectNothingLost(writers, fromStorage, typing.created());
    expect(checked).toBeGreaterThan(KILLS * UPDATES_BETWEEN_KILLS);
  }, 600_000);
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
      const { actor, doc, provider } = await writer({
        index: 0,
        url: `ws://127.0.0.1:${port}/sync`,
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
