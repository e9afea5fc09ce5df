import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { request } from './people.js';
import { targetOf, type Target } from './TavoloProcess.js';

/** Malformed ids and events missing optional fields: a 4xx that says why, or the answer. */
let s: TestServer;
let target: Target;
beforeEach(async () => {
  s = await startTestServer();
  target = targetOf(s);
});
afterEach(async () => {
  await s.stop();
});

describe('malformed percent-encoding in an API id', () => {
  it.each([
    ['GET', '/api/events/%E0%A4%A', true],
    ['PATCH', '/api/events/%E0%A4%A', true],
    ['DELETE', '/api/events/%', true],
    ['PATCH', '/api/tables/%C0%AF', true],
    ['PUT', '/api/tables/%E0%A4%A/agenda', true],
    ['POST', '/api/tables/%E0%A4%A/invitations', true],
    ['POST', '/api/tables/%E0%A4%A/join', false],
    ['GET', '/api/tables/%E0%A4%A/join-info', false],
    ['GET', '/api/tables/%E0%A4%A/paper', true],
    ['DELETE', '/api/invitations/%FF', true],
  ])('%s %s: a 4xx JSON error, not 500', async (method, path, admin) => {
    const body = method === 'GET' || method === 'DELETE' ? undefined : {};
    const res = await request(target, method, path, body, admin);
    expect({
      status: res.status >= 400 && res.status < 500 ? '4xx' : res.status,
      code: typeof res.json?.code,
    }).toEqual({
      status: '4xx',
      code: 'string',
    });
  });
});

describe('an event created without a place', () => {
  it.each(['md', 'csv', 'docx', 'xlsx'])('exports its paper as %s: 200', async (format) => {
    const created = await request(
      target,
      'POST',
      '/api/events',
      { title: 'Senza luogo', date: '2026-05-12', tables: [{ title: 'Tavolo unico' }] },
      true,
    );
    expect(created.status).toBe(201);
    const res = await request(
      target,
      'GET',
      `/api/events/${String(created.json!.id)}/paper?format=${format}`,
      undefined,
      true,
    );
    expect({ status: res.status, body: res.status === 200 ? '' : res.text }).toEqual({
      status: 200,
      body: '',
    });
  });
});
