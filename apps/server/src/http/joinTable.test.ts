import { afterEach, describe, expect, it } from 'vitest';
import { verifyToken } from '../auth/tokens.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function post(path: string, body: unknown, type = 'application/json') {
  server ??= await startTestServer();
  const res = await fetch(`${server.httpUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('POST /api/tables/:id/join', () => {
  it('issues a participant token for that table only', async () => {
    const res = await post('/api/tables/robotica/join', {
      name: ' Laura Bassi ',
      organisation: 'Officine Reggiane',
      consent: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Laura Bassi',
      organisation: 'Officine Reggiane',
      consent: true,
    });
    const claims = verifyToken(String(res.body.token), server!.secret, Date.now());
    expect(claims).toMatchObject({ tableId: 'robotica', role: 'participant' });
    expect(claims.participantId).toBe(res.body.participantId);
  });

  it.each([
    [{}, { name: 'required', organisation: 'required' }],
    [{ name: 'x'.repeat(81), organisation: 'ART-ER' }, { name: 'too_long:80' }],
    [{ name: 'Anna', organisation: '  ' }, { organisation: 'required' }],
    [
      { name: 'Anna', organisation: 'ART-ER', consent: 'yes' },
      { consent: 'must be true or false' },
    ],
    [[1, 2], { _body: 'must be a JSON object', name: 'required' }],
  ])('rejects %j field by field', async (body, fields) => {
    const res = await post('/api/tables/robotica/join', body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid_body', fields });
  });

  it.each([
    [
      '/api/tables/nessuno/join',
      '{"name":"a","organisation":"b"}',
      'application/json',
      404,
      'unknown_table',
    ],
    ['/api/tables/robotica/join', '{not json', 'application/json', 400, 'invalid_json'],
    ['/api/tables/robotica/join', 'name=a', 'text/plain', 415, 'unsupported_media_type'],
  ])('POST %s %s -> %i %s', async (path, body, type, status, code) => {
    const res = await post(path, body, type);
    expect(res).toMatchObject({ status, body: { code } });
  });
});
