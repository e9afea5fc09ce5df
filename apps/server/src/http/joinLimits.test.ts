import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../testing/memoryLogger.js';
import { joinedPeople } from '../testing/api.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

const person = { name: 'Anna Neri', organisation: 'ART-ER' };

async function call(s: TestServer, method: string, path: string, body?: unknown, from?: string) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (from) headers['x-forwarded-for'] = from;
  const res = await fetch(`${s.httpUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as Record<string, unknown>,
  };
}

describe('rate limits on joining', () => {
  it('counts lookups and accepts of one address together, and answers 429 with Retry-After', async () => {
    const { log, lines } = memoryLogger();
    const s = (server = await startTestServer({
      env: { TAVOLO_INVITE_LIMIT_PER_MIN: '3' },
      log,
    }));
    const code = (await s.app.catalog.participantInvitation('robotica', Date.now())).code;
    expect((await call(s, 'GET', '/api/invitations/lookup?code=ZZZZZZ')).status).toBe(404);
    expect((await call(s, 'GET', `/api/invitations/lookup?code=${code}`)).status).toBe(200);
    const accepted = await call(s, 'POST', '/api/invitations/accept', { code, ...person });
    expect(accepted.status).toBe(201);

    const refused = await call(s, 'POST', '/api/invitations/accept', { code, ...person });
    expect(refused).toMatchObject({ status: 429, body: { code: 'rate_limited' } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(s, 'GET', `/api/invitations/lookup?code=${code}`)).status).toBe(429);
    // The refused accept changed nothing; other routes are not limited.
    expect(await joinedPeople(s, 'robotica')).toHaveLength(1);
    expect((await call(s, 'GET', '/api/time')).status).toBe(200);
    expect(lines()).toContainEqual(
      expect.objectContaining({ level: 'warn', event: 'rate_limited', address: '127.0.0.1' }),
    );
  });

  it('limits open joins on their own budget', async () => {
    const s = (server = await startTestServer({
      env: { TAVOLO_JOIN_LIMIT_PER_MIN: '2', TAVOLO_INVITE_LIMIT_PER_MIN: '1' },
    }));
    expect((await call(s, 'POST', '/api/tables/robotica/join', person)).status).toBe(201);
    expect((await call(s, 'POST', '/api/tables/robotica/join', person)).status).toBe(201);
    const third = await call(s, 'POST', '/api/tables/robotica/join', person);
    expect(third).toMatchObject({ status: 429, body: { code: 'rate_limited' } });
    expect(await joinedPeople(s, 'robotica')).toHaveLength(2);
    expect((await call(s, 'GET', '/api/invitations/lookup?code=ZZZZZZ')).status).toBe(404);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const s = (server = await startTestServer({ env: { TAVOLO_INVITE_LIMIT_PER_MIN: '1' } }));
    const lookup = '/api/invitations/lookup?code=ZZZZZZ';
    expect((await call(s, 'GET', lookup, undefined, '203.0.113.1')).status).toBe(404);
    // A forged header does not buy a new budget.
    expect((await call(s, 'GET', lookup, undefined, '203.0.113.2')).status).toBe(429);
  });

  it('counts each client behind a trusted proxy apart', async () => {
    const s = (server = await startTestServer({
      env: { TAVOLO_INVITE_LIMIT_PER_MIN: '1', TAVOLO_TRUST_PROXY: '127.0.0.1' },
    }));
    const lookup = '/api/invitations/lookup?code=ZZZZZZ';
    expect((await call(s, 'GET', lookup, undefined, '203.0.113.1')).status).toBe(404);
    expect((await call(s, 'GET', lookup, undefined, '203.0.113.2')).status).toBe(404);
    expect((await call(s, 'GET', lookup, undefined, '203.0.113.1')).status).toBe(429);
  });
});
