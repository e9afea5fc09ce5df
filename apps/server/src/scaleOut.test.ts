import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { PgDocStore } from './store/PgDocStore.js';
import { ChildServer, freePort } from './testing/ChildServer.js';
import { TestPostgres } from './testing/postgres.js';
import { TestRedis } from './testing/redis.js';
import { applyStored } from './store/storedDoc.js';
import { until } from './testing/until.js';
import {
  converged,
  expectNothingLost,
  keepWriting,
  receivedCount,
  writer,
} from './testing/writers.js';

const SECRET = 'scale-out-test-secret';
const INSTANCES = 3;
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const fn of cleanups.reverse()) await fn();
}, 60_000);

interface Instance {
  readonly port: number;
  readonly server: ChildServer;
  alive: boolean;
}

/**
 * What a load balancer does: each new connection goes to a live instance, starting from the
 * client's preferred one. y-websocket reconnects through it after an instance dies.
 */
function balancedWebSocket(instances: Instance[], preferred: number) {
  return class Balanced extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      const live = [...instances.slice(preferred), ...instances.slice(0, preferred)].find(
        (i) => i.alive,
      )!;
      super(url.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${live.port}`), protocols);
    }
  };
}

describe('scale-out on PostgreSQL and Redis', () => {
  it('keeps clients of one table on different instances live, and loses nothing when one dies', async () => {
    const redis = await TestRedis.start();
    cleanups.push(() => redis.stop());
    const postgres = await TestPostgres.start();
    cleanups.push(() => postgres.stop());
    const { pool, name } = await postgres.freshDatabase();
    cleanups.push(() => pool.end());
    const databaseUrl = `postgres://postgres@127.0.0.1:${postgres.port}/${name}`;

    const instances: Instance[] = [];
    for (let i = 0; i < INSTANCES; i++) {
      const port = await freePort();
      const server = new ChildServer({
        PORT: String(port),
        TAVOLO_DATA_DIR: mkdtempSync(join(tmpdir(), `tavolo-node${i}-`)),
        TAVOLO_SECRET: SECRET,
        TAVOLO_DATABASE_URL: databaseUrl,
        TAVOLO_REDIS_URL: redis.url,
        TAVOLO_COMPACT_EVERY: '25',
        TAVOLO_ADMIN_KEY: 'scale-admin',
      });
      cleanups.push(() => server.stop('SIGKILL'));
      // One after the other: the first seeds the demo boards, the others find them stored.
      await server.start();
      instances.push({ port, server, alive: true });
    }

    // The catalogue is shared: an event created through one instance exists on the others.
    const api = (i: number, method: string, path: string, body?: unknown) =>
      fetch(`http://127.0.0.1:${instances[i]!.port}${path}`, {
        method,
        headers: { authorization: 'Bearer scale-admin', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const createdEvent = await api(0, 'POST', '/api/events', {
      title: 'Giornata condivisa',
      date: '2026-12-01',
    });
    expect(createdEvent.status).toBe(201);
    const seen = await api(2, 'GET', '/api/events/giornata-condivisa');
    expect(((await seen.json()) as { title: string }).title).toBe('Giornata condivisa');
    const events = (await (await api(1, 'GET', '/api/events')).json()) as { events: unknown[] };
    expect(events.events).toHaveLength(2);

    const writers = await Promise.all(
      Array.from({ length: 6 }, async (_, index) => {
        const w = await writer({
          index,
          url: `ws://127.0.0.1:${instances[index % INSTANCES]!.port}/sync`,
          WebSocketClass: balancedWebSocket(instances, index % INSTANCES),
        });
        w.provider.awareness.setLocalStateField('user', { id: w.actor.id });
        cleanups.push(() => w.provider.destroy());
        return w;
      }),
    );
    await until(() => writers.every((w) => w.provider.synced), 'first sync');
    // Presence crosses instances: everyone sees all six people.
    await until(
      () => writers.every((w) => w.provider.awareness.getStates().size === writers.length),
      'presence everywhere',
    );

    const typing = keepWriting(writers, 15);
    cleanups.push(typing.stop);

    // Edits flow between instances, then one instance dies mid-edit.
    await until(() => receivedCount(writers) > 200, 'edits across instances');
    instances[1]!.alive = false;
    await instances[1]!.server.stop('SIGKILL');
    const at = receivedCount(writers);
    await until(() => receivedCount(writers) > at + 200, 'edits after the kill');
    typing.stop();
    await converged(writers);

    const reader = postgres.pool(name);
    cleanups.push(() => reader.end());
    const stored = await new PgDocStore(reader).load('robotica');
    const fromStorage = applyStored(new Y.Doc(), stored);
    expectNothingLost(writers, fromStorage, typing.created());
  }, 180_000);
});
