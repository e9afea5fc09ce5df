import { afterEach, describe, expect, it } from 'vitest';
import net from 'node:net';
import WebSocket from 'ws';
import { signToken } from '../auth/tokens.js';
import { silentLogger } from '../log.js';
import { Metrics } from '../metrics/Metrics.js';
import { api } from '../testing/api.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { until } from '../testing/until.js';
import { decide, parseTarget, type AcceptDeps } from './acceptConnection.js';
import { encodeAuth } from './protocol.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function started() {
  server = await startTestServer();
  return server;
}

/** The connection path's dependencies on a test server, with a clock the test sets. */
function depsOf(s: TestServer, now: () => number = Date.now): AcceptDeps {
  return {
    rooms: s.app.rooms,
    catalog: s.app.catalog,
    secret: s.secret,
    log: silentLogger,
    metrics: new Metrics(),
    now,
    limits: {
      maxMessageBytes: 1 << 20,
      messages: { perSecond: 100, burst: 100 },
      bytes: { perSecond: 1 << 20, burst: 1 << 22 },
    },
  };
}

function closeOf(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}

/** Sends raw bytes as an HTTP request and resolves with the status line of the answer. */
function rawRequest(s: TestServer, request: string): Promise<string> {
  const port = Number(new URL(s.httpUrl).port);
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

const upgrade = (target: string) =>
  `GET ${target} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';

describe('parseTarget', () => {
  it.each([
    ['/sync/robotica?token=t', { tableId: 'robotica', token: 't' }],
    ['/sync/robotica', { tableId: 'robotica', token: null }],
    ['/altro', 'elsewhere'],
    ['/sync/%E0%A4%A', null],
    ['/sync/%', null],
    ['', null],
    ['*', null],
  ])('reads %j', (target, expected) => {
    expect(parseTarget(target)).toEqual(expected);
  });
});

describe('deciding an upgrade, in memory', () => {
  it('refuses a malformed target with 400 before looking at any token', async () => {
    const s = await started();
    expect(await decide('/sync/%E0%A4%A', depsOf(s))).toEqual({
      kind: 'http',
      status: 400,
      text: 'Bad Request',
    });
  });

  it('makes the token’s person the writer, and stamps no name on their presence', async () => {
    const s = await started();
    const laura = await s.join('robotica', 'participant', { name: 'Laura', organisation: 'R' });
    const decision = await decide(`/sync/robotica?token=${laura.token}`, depsOf(s));
    const id = laura.participantId;
    expect(decision).toEqual({
      kind: 'join',
      tableId: 'robotica',
      claims: expect.objectContaining({ participantId: id }),
      invitationId: null,
      member: {
        writer: { role: 'participant', participantId: id },
        presence: { owner: id, user: { id, role: 'participant' } },
        viewer: { role: 'participant', participantId: id },
      },
    });
  });

  it('refuses a signed token whose person the catalogue does not know', async () => {
    const s = await started();
    const forged = signToken(
      { tableId: 'robotica', role: 'moderator', participantId: 'ghost', exp: Date.now() + 60_000 },
      s.secret,
    );
    expect(await decide(`/sync/robotica?token=${forged}`, depsOf(s))).toEqual({
      kind: 'close',
      code: 4401,
      reason: 'token_revoked',
    });
  });

  it('refuses a token past its expiry by the injected clock', async () => {
    const s = await started();
    const { token } = await s.join('robotica', 'moderator');
    const later = () => Date.now() + 3 * 3600_000;
    expect(await decide(`/sync/robotica?token=${token}`, depsOf(s, later))).toEqual({
      kind: 'close',
      code: 4401,
      reason: 'token_expired',
    });
  });
});

describe('the connection path on a real server', () => {
  it('answers a malformed upgrade target with 400 and keeps serving', async () => {
    const s = await started();
    expect(await rawRequest(s, upgrade('/sync/%E0%A4%A'))).toBe('HTTP/1.1 400 Bad Request');
    expect(await rawRequest(s, upgrade('/sync/robotica%'))).toBe('HTTP/1.1 400 Bad Request');
    expect((await fetch(`${s.httpUrl}/healthz`)).status).toBe(200);
  });

  it('closes a socket when its token expires, unless a renewed one came in time', async () => {
    const s = await started();
    const short = async (ms: number) => {
      const join = await s.join('robotica', 'observer');
      const claims = { tableId: 'robotica', role: 'observer' as const, exp: Date.now() + ms };
      return { ...join, claims: { ...claims, participantId: join.participantId } };
    };
    const a = await short(300);
    const tokenA = signToken(a.claims, s.secret);
    const ws = new WebSocket(`${s.url}/robotica?token=${tokenA}`);
    await new Promise((resolve) => ws.once('message', resolve));
    const closed = closeOf(ws);
    await until(() => Date.now() > a.claims.exp, 'token A expired');
    s.app.connections.expireDue();
    expect(await closed).toEqual({ code: 4401, reason: 'token_expired' });

    const b = await short(300);
    const renewed = new WebSocket(`${s.url}/robotica?token=${signToken(b.claims, s.secret)}`);
    await new Promise((resolve) => renewed.once('message', resolve));
    renewed.send(encodeAuth(signToken({ ...b.claims, exp: Date.now() + 60_000 }, s.secret)));
    await until(() => Date.now() > b.claims.exp + 50, 'token B expired');
    s.app.connections.expireDue();
    expect(renewed.readyState).toBe(WebSocket.OPEN);
    // A token for someone else is no renewal: the socket is closed.
    const other = await s.join('robotica', 'observer');
    const refused = closeOf(renewed);
    renewed.send(encodeAuth(other.token));
    expect(await refused).toEqual({ code: 4401, reason: 'token_for_other_session' });
  });

  it('closes the sockets of a revoked invitation and refuses its tokens', async () => {
    const s = await started();
    const invite = await api(s, 'POST', '/api/tables/robotica/invitations', { role: 'moderator' });
    expect(invite.body.code).toMatch(/^[A-Z2-9]{10}$/);
    const accepted = await api(s, 'POST', '/api/invitations/accept', {
      code: invite.body.code,
      name: 'Federico',
      organisation: 'Clust-ER',
    });
    const token = accepted.body.token as string;
    const ws = new WebSocket(`${s.url}/robotica?token=${token}`);
    await new Promise((resolve) => ws.once('message', resolve));
    const closed = closeOf(ws);
    expect((await api(s, 'DELETE', `/api/invitations/${invite.body.id}`)).status).toBe(204);
    expect(await closed).toEqual({ code: 4401, reason: 'token_revoked' });
    const again = closeOf(new WebSocket(`${s.url}/robotica?token=${token}`));
    expect(await again).toEqual({ code: 4401, reason: 'token_revoked' });
  });

  it('never gives a deleted table’s id to a new table, so old tokens open nothing', async () => {
    const s = await started();
    const event = {
      title: 'Giornata',
      date: '2026-12-02',
      tables: [{ title: 'Competenze per la nautica' }],
    };
    const first = await api(s, 'POST', '/api/events', event);
    const oldId = first.body.tables[0].id as string;
    const oldToken = await s.tokenFor(oldId, 'moderator');
    expect((await api(s, 'DELETE', `/api/events/${first.body.id}`)).status).toBe(204);
    const second = await api(s, 'POST', '/api/events', event);
    const newId = second.body.tables[0].id as string;
    expect(newId).not.toBe(oldId);
    const closed = await closeOf(new WebSocket(`${s.url}/${oldId}?token=${oldToken}`));
    expect(closed.code).toBe(4404);
  });
});

describe('renewing a session over HTTP', () => {
  it('gives a moderator a fresh token while the invitation holds, and none once revoked', async () => {
    const s = await started();
    const invite = await api(s, 'POST', '/api/tables/robotica/invitations', { role: 'moderator' });
    const accepted = await api(s, 'POST', '/api/invitations/accept', {
      code: invite.body.code,
      name: 'Federico',
      organisation: 'Clust-ER',
    });
    const renewed = await api(s, 'POST', '/api/session/renew', undefined, accepted.body.token);
    expect(renewed.status).toBe(200);
    expect(renewed.body.token).toEqual(expect.any(String));
    await api(s, 'DELETE', `/api/invitations/${invite.body.id}`);
    const refused = await api(s, 'POST', '/api/session/renew', undefined, renewed.body.token);
    expect(refused).toMatchObject({ status: 401, body: { code: 'token_revoked' } });
    const garbage = await api(s, 'POST', '/api/session/renew', undefined, 'x.y');
    expect(garbage.status).toBe(401);
  });
});
