import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CONTROL, ROOT } from '@tavolo/board';
import { signToken } from '../auth/tokens.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { MESSAGE } from './protocol.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function started(env: Record<string, string> = {}) {
  server = await startTestServer({ env });
  return server;
}

/** Opens a raw socket and resolves with how the server closed it. */
function closeOf(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}

function open(s: TestServer, table: string, token: string | null) {
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  return new WebSocket(`${s.url}/${table}${query}`);
}

/** Resolves once the server has sent its first frame (the room is loaded and greeted us). */
function greeted(ws: WebSocket): Promise<void> {
  return new Promise((resolve) => ws.once('message', () => resolve()));
}

function updateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.sync);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

describe('who may connect', () => {
  it.each([
    ['no token', () => null, 4401, 'token_missing'],
    ['garbage', () => 'abc.def', 4401, 'token_bad_signature'],
    [
      'an expired token',
      (s: TestServer) =>
        signToken(
          { tableId: 'robotica', role: 'participant', participantId: 'p', exp: Date.now() - 1 },
          s.secret,
        ),
      4401,
      'token_expired',
    ],
    [
      'a token from another server',
      () =>
        signToken(
          { tableId: 'robotica', role: 'moderator', participantId: 'p', exp: Date.now() + 60_000 },
          new Uint8Array(32).fill(9),
        ),
      4401,
      'token_bad_signature',
    ],
    [
      'a token for another table',
      (s: TestServer) => s.tokenFor('oleodinamica'),
      4403,
      'token_for_other_table',
    ],
  ])('refuses %s', async (_name, token, code, reason) => {
    const s = await started();
    const closed = await closeOf(open(s, 'robotica', await token(s)));
    expect(closed).toEqual({ code, reason });
    expect(s.app.rooms.size).toBe(0);
  });
});

describe('what a connection may send', () => {
  it('closes an observer that writes with 4403 and stores nothing', async () => {
    const s = await started();
    const ws = open(s, 'robotica', await s.tokenFor('robotica', 'observer'));
    await greeted(ws);
    const before = await s.app.store.load('robotica');
    const client = new Y.Doc();
    client.getMap(ROOT.control).set(CONTROL.phase, 'closed');
    const closed = closeOf(ws);
    ws.send(updateFrame(Y.encodeStateAsUpdate(client)));
    expect(await closed).toEqual({ code: 4403, reason: 'observer_write' });
    const after = await s.app.store.load('robotica');
    expect(after.lastSeq).toBe(before.lastSeq);
    expect(s.app.metrics.rejectedWrites('observer_write')).toBe(1);
  });

  it('closes an oversized message with 4413 and keeps serving others', async () => {
    const s = await started({ TAVOLO_MAX_MESSAGE_BYTES: '2048' });
    const bystander = open(s, 'robotica', await s.tokenFor('robotica'));
    await greeted(bystander);
    const ws = open(s, 'robotica', await s.tokenFor('robotica'));
    await greeted(ws);
    const closed = closeOf(ws);
    ws.send(new Uint8Array(4096));
    expect(await closed).toEqual({ code: 4413, reason: 'message too large' });
    expect(bystander.readyState).toBe(WebSocket.OPEN);
    bystander.close();
  });

  it('closes a malformed frame with 4400 while the room goes on', async () => {
    const s = await started();
    const bystander = open(s, 'robotica', await s.tokenFor('robotica'));
    await greeted(bystander);
    const ws = open(s, 'robotica', await s.tokenFor('robotica'));
    await greeted(ws);
    const closed = closeOf(ws);
    ws.send(new Uint8Array([0, 2, 200, 1, 7]));
    expect((await closed).code).toBe(4400);
    const doc = new Y.Doc();
    doc.getMap(ROOT.control).set(CONTROL.locked, true);
    // The bystander (a moderator) also hears of the newcomer (a directory message): wait for sync.
    const relayed = new Promise<void>((resolve) => {
      const onMessage = (data: Buffer) => {
        if (data[0] !== MESSAGE.sync) return;
        bystander.off('message', onMessage);
        resolve();
      };
      bystander.on('message', onMessage);
    });
    const writer = open(s, 'robotica', await s.tokenFor('robotica'));
    await greeted(writer);
    writer.send(updateFrame(Y.encodeStateAsUpdate(doc)));
    await relayed;
    expect(s.app.rooms.get('robotica')?.doc.getMap(ROOT.control).get(CONTROL.locked)).toBe(true);
    bystander.close();
    writer.close();
  });

  it('closes a flooding connection with 4429', async () => {
    const s = await started({ TAVOLO_RATE_LIMIT: '5', TAVOLO_RATE_BURST: '5' });
    const ws = open(s, 'robotica', await s.tokenFor('robotica'));
    await greeted(ws);
    const closed = closeOf(ws);
    const query = new Uint8Array([MESSAGE.queryAwareness]);
    for (let i = 0; i < 50; i++) ws.send(query);
    expect(await closed).toEqual({ code: 4429, reason: 'rate limited' });
  });
});

describe('when the catalogue cannot be read', () => {
  it('answers the upgrade with 503 and keeps serving', async () => {
    const s = await started();
    const token = await s.tokenFor('robotica');
    const find = s.app.registry.find.bind(s.app.registry);
    s.app.registry.find = () => Promise.reject(new Error('database unavailable'));
    const refused = await new Promise<number>((resolve) => {
      const ws = open(s, 'robotica', token);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => {});
    });
    expect(refused).toBe(503);
    s.app.registry.find = find;
    const ws = open(s, 'robotica', await s.tokenFor('robotica'));
    await greeted(ws);
    ws.close();
  });
});

describe('observability', () => {
  it('serves /healthz and Prometheus /metrics', async () => {
    const s = await started();
    const health = await fetch(`${s.httpUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    await closeOf(open(s, 'robotica', null));
    const text = await (await fetch(`${s.httpUrl}/metrics`)).text();
    expect(text).toContain('# TYPE tavolo_connections gauge');
    expect(text).toMatch(/tavolo_closed_connections_total\{code="4401"\} 1/);
  });

  it('tells clients the server time', async () => {
    const s = await started();
    const before = Date.now();
    const { now } = (await (await fetch(`${s.httpUrl}/api/time`)).json()) as { now: number };
    expect(now).toBeGreaterThanOrEqual(before);
  });
});
