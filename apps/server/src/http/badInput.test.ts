import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../testing/memoryLogger.js';
import { joinedPeople } from '../testing/api.js';
import { startTestServer, TEST_ADMIN_KEY, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function call(method: string, path: string, init: Init = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${TEST_ADMIN_KEY}` };
  if (init.type) headers['content-type'] = init.type;
  const res = await fetch(`${server.httpUrl}${path}`, { method, headers, body: init.body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

type Init = { body?: string; type?: string };
const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';
const json = (body: unknown): Init => ({
  type: JSON_TYPE,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const person = JSON.stringify({ name: 'Anna', organisation: 'ART-ER' });

describe('bad requests get a JSON refusal, never a 500', () => {
  const join = '/api/tables/robotica/join';
  const cases: Array<[string, string, string, Init, number, string]> = [
    ['a malformed %-escape', 'GET', '/api/events/%E0%A4%A', {}, 400, 'invalid_path'],
    ['a malformed %-escape', 'GET', '/api/tables/%zz/join-info', {}, 400, 'invalid_path'],
    ['a lone %', 'GET', '/api/events/%/paper', {}, 400, 'invalid_path'],
    [
      'a repeated parameter',
      'GET',
      '/api/invitations/lookup?code=A&code=B',
      {},
      400,
      'invalid_query',
    ],
    ['an over-long id', 'GET', `/api/events/${'x'.repeat(120)}`, {}, 404, 'not_found'],
    ['an unknown API route', 'GET', '/api/nothing', {}, 404, 'not_found'],
    ['a POST to a page', 'POST', '/t/robotica', {}, 404, 'not_found'],
    ['a body over 64 KiB', 'POST', join, json({ name: 'x'.repeat(70_000) }), 413, 'body_too_large'],
    [
      'a __proto__ key',
      'POST',
      join,
      json('{"__proto__":{"a":1},"name":"a"}'),
      400,
      'invalid_json',
    ],
    ['broken JSON', 'POST', join, json('{"name":'), 400, 'invalid_json'],
    ['an empty JSON body', 'POST', join, json(''), 400, 'invalid_json'],
    ['no body', 'POST', join, {}, 415, 'unsupported_media_type'],
    [
      'a text body',
      'POST',
      join,
      { type: 'text/plain', body: '{}' },
      415,
      'unsupported_media_type',
    ],
    ['a form', 'POST', join, { type: FORM, body: 'name=a' }, 415, 'unsupported_media_type'],
    ['a wrong method', 'PUT', '/api/events', {}, 405, 'method_not_allowed'],
    ['a wrong method', 'DELETE', '/api/time', {}, 405, 'method_not_allowed'],
  ];
  it.each(cases)('%s: %s %s', async (_why, method, path, init, status, code) => {
    const res = await call(method, path, init);
    expect(res).toMatchObject({ status, body: { code, message: expect.any(String) } });
  });

  it('names the methods a path takes when refusing another', async () => {
    const res = await call('PUT', '/api/events/some-event');
    expect(res.headers.get('allow')?.split(', ').sort()).toEqual(
      expect.arrayContaining(['DELETE', 'GET', 'PATCH']),
    );
  });

  it('changes nothing when refusing', async () => {
    expect(await joinedPeople(server, 'robotica')).toEqual([]);
  });

  it('still takes a trailing slash', async () => {
    expect((await call('GET', '/api/events/')).status).toBe(200);
  });
});

describe('a real bug', () => {
  it('answers 500 internal with nothing of the error, and logs it', async () => {
    const { log, lines } = memoryLogger();
    const broken = await startTestServer({ log });
    try {
      broken.db.exec('DROP TABLE participants');
      const res = await fetch(`${broken.httpUrl}/api/tables/robotica/join`, {
        method: 'POST',
        headers: { 'content-type': JSON_TYPE },
        body: person,
      });
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ code: 'internal', message: 'Internal error' });
      expect(lines()).toContainEqual(
        expect.objectContaining({
          level: 'error',
          event: 'http_error',
          url: '/api/tables/robotica/join',
          error: expect.stringContaining('participants'),
        }),
      );
    } finally {
      await broken.stop();
    }
  });
});
