import type { Role } from '@tavolo/board';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signToken } from '../auth/tokens.js';
import { EXPIRY_CHECK_MS } from '../sync/acceptConnection.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { accept, enter, invite, request } from './people.js';
import { RawClient, type Closed } from './RawClient.js';
import { targetOf, type Target } from './TavoloProcess.js';

/** A token stops opening a table when its invitation is revoked, its table deleted, or it expires. */
let s: TestServer;
let target: Target;
beforeEach(async () => {
  s = await startTestServer();
  target = targetOf(s);
});
afterEach(async () => {
  await s.stop();
});

const INVITED: Role[] = ['participant', 'moderator', 'observer'];
const ROLES: Role[] = [...INVITED, 'secretariat'];

/** How the server closed `client` within `limitMs`, or that it did not. */
function closedWithin(client: RawClient, limitMs: number): Promise<Closed | 'still open'> {
  return Promise.race([
    client.closed,
    new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), limitMs)),
  ]);
}

/** Whether a socket with `token` on `table` is served (greeted) or refused, and how. */
async function admission(table: string, token: string): Promise<Closed | 'served'> {
  const client = new RawClient(target.wsUrl, table, token);
  const result = await Promise.race([
    client.greeted().then(() => 'served' as const),
    client.closed,
  ]);
  await client.close();
  return result;
}

describe.each(INVITED)('revoking the invitation of a %s', (role) => {
  it('closes its open sockets with 4401 token_revoked and refuses its token on reconnect', async () => {
    const person = await accept(target, await invite(target, 'robotica', role), 'Ada', 'Org');
    const open = new RawClient(target.wsUrl, 'robotica', person.token);
    await open.greeted();
    const revoked = await request(
      target,
      'DELETE',
      `/api/invitations/${person.invitationId}`,
      undefined,
      true,
    );
    expect(revoked.status).toBe(204);
    const closed = await closedWithin(open, 2_000);
    await open.close();
    expect({ closed, reconnect: await admission('robotica', person.token) }).toEqual({
      closed: { code: 4401, reason: 'token_revoked' },
      reconnect: { code: 4401, reason: 'token_revoked' },
    });
  });
});

describe.each(INVITED)('a deleted table, for the token of a %s', (role) => {
  it('gives its id to no new table, and the old token opens nothing', async () => {
    const event = { title: 'Giornata di prova', date: '2026-05-12' };
    const tables = [{ title: 'Tavolo riusato' }];
    const first = await request(target, 'POST', '/api/events', { ...event, tables }, true);
    const oldTable = String((first.json!.tables as Array<{ id: string }>)[0]!.id);
    const person = await enter(target, oldTable, role, { byInvitation: true });
    expect(await admission(oldTable, person.token)).toBe('served');
    const deleted = await request(
      target,
      'DELETE',
      `/api/events/${String(first.json!.id)}`,
      undefined,
      true,
    );
    expect(deleted.status).toBe(204);
    const second = await request(target, 'POST', '/api/events', { ...event, tables }, true);
    const newTable = String((second.json!.tables as Array<{ id: string }>)[0]!.id);
    const refused = { code: expect.any(Number), reason: expect.any(String) };
    expect({
      newTable: newTable === oldTable ? 'the old id again' : 'a new id',
      onNew: await admission(newTable, person.token),
      onOld: await admission(oldTable, person.token),
    }).toEqual({ newTable: 'a new id', onNew: refused, onOld: refused });
  });
});

describe.each(ROLES)('a %s socket whose token expires while it is open', (role) => {
  it('is closed with 4401 token_expired', async () => {
    // A real person (the server serves only people its catalogue records), with a token of
    // theirs that expires in a second.
    const person = await enter(target, 'robotica', role);
    const token = signToken(
      {
        tableId: role === 'secretariat' ? '*' : 'robotica',
        role,
        participantId: person.participantId,
        exp: Date.now() + 1_000,
      },
      s.secret,
    );
    const client = new RawClient(target.wsUrl, 'robotica', token);
    await client.greeted();
    // Open sockets are checked for expired tokens every EXPIRY_CHECK_MS (5 s).
    const closed = await closedWithin(client, 1_000 + EXPIRY_CHECK_MS + 2_000);
    await client.close();
    expect(closed).toEqual({ code: 4401, reason: 'token_expired' });
  });
});

describe('guessing invitation codes', () => {
  it('many lookups from one address: 429 with Retry-After', async () => {
    const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
    let throttled: { status: number; retryAfter: string | null } | null = null;
    for (let i = 0; i < 300 && !throttled; i++) {
      const code = Array.from(
        { length: 6 },
        (_, k) => alphabet[(i * 7 + k * 13) % alphabet.length],
      ).join('');
      const res = await request(target, 'GET', `/api/invitations/lookup?code=${code}`);
      if (res.status === 429)
        throttled = { status: 429, retryAfter: res.headers.get('retry-after') };
    }
    expect(throttled).toEqual({ status: 429, retryAfter: expect.stringMatching(/^\d+$/) });
  });
});
