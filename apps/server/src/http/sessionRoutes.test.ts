import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../testing/api.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

describe('POST /api/session/consent', () => {
  it('records the answer of the token’s person, and only theirs', async () => {
    const s = (server = await startTestServer());
    const laura = await s.join('robotica', 'participant', { name: 'Laura', consent: false });
    const paolo = await s.join('robotica', 'participant', { name: 'Paolo', consent: false });
    const answer = await api(s, 'POST', '/api/session/consent', { consent: true }, laura.token);
    expect(answer).toEqual({ status: 200, body: { consent: true } });
    const people = await s.app.catalog.people.list('robotica');
    expect(people.find((p) => p.id === laura.participantId)?.consent).toBe(true);
    expect(people.find((p) => p.id === paolo.participantId)?.consent).toBe(false);
  });

  it.each([
    ['no token', null, { consent: true }, 401, 'token_missing'],
    ['a forged token', 'x.y', { consent: true }, 401, 'token_bad_signature'],
    ['no answer', 'participant', {}, 400, 'invalid_body'],
    ['an answer that is not yes or no', 'participant', { consent: 'sì' }, 400, 'invalid_body'],
    [
      'the secretariat, who is nobody at a table',
      'secretariat',
      { consent: true },
      403,
      'not_a_person',
    ],
  ] as const)('refuses %s', async (_, who, body, status, code) => {
    const s = (server = await startTestServer());
    const token =
      who === 'participant' || who === 'secretariat' ? (await s.join('robotica', who)).token : who;
    const answer = await api(s, 'POST', '/api/session/consent', body, token);
    expect(answer).toMatchObject({ status, body: { code } });
  });

  it('refuses a revoked session', async () => {
    const s = (server = await startTestServer());
    const invitation = await api(s, 'POST', '/api/tables/robotica/invitations', {
      role: 'participant',
    });
    const joined = await api(
      s,
      'POST',
      '/api/invitations/accept',
      { code: invitation.body.code, name: 'Laura', organisation: 'R' },
      null,
    );
    await api(s, 'DELETE', `/api/invitations/${invitation.body.id}`);
    const answer = await api(
      s,
      'POST',
      '/api/session/consent',
      { consent: true },
      joined.body.token,
    );
    expect(answer).toMatchObject({ status: 401, body: { code: 'token_revoked' } });
  });
});
