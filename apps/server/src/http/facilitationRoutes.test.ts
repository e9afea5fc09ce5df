import { readAgenda, readPhase } from '@tavolo/board';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { api } from '../testing/api.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

async function started() {
  server = await startTestServer();
  return server;
}

/** The table's board as stored (the room writes through to the store). */
async function storedBoard(s: TestServer, tableId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const stored = await s.app.store.load(tableId);
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

const MIN = 60_000;

describe('PUT /api/tables/:tableId/agenda', () => {
  it('replaces the table’s agenda in its board', async () => {
    const s = await started();
    const res = await api(s, 'PUT', '/api/tables/robotica/agenda', {
      durationsMs: { silent: 10 * MIN, sharing: 25 * MIN, voting: 0 },
    });
    expect(res).toMatchObject({
      status: 200,
      body: { agenda: { silent: 10 * MIN, sharing: 25 * MIN } },
    });
    const doc = await storedBoard(s, 'robotica');
    expect(readAgenda(doc)).toEqual({ silent: 10 * MIN, sharing: 25 * MIN });
    // Nothing else of the board moved.
    expect(readPhase(doc)).toBe('sharing');
  });

  it.each([
    [{}, { durationsMs: 'required' }],
    ['just text', { _body: 'must be a JSON object' }],
    [{ durationsMs: [] }, { 'durationsMs._body': 'must be a JSON object' }],
    [{ durationsMs: { silent: -1 } }, { 'durationsMs.silent': 'range:0..86400000' }],
    [{ durationsMs: { silent: 1.5 } }, { 'durationsMs.silent': 'range:0..86400000' }],
    [{ durationsMs: { silent: '10' } }, { 'durationsMs.silent': 'range:0..86400000' }],
    [{ durationsMs: { silent: 86_400_001 } }, { 'durationsMs.silent': 'range:0..86400000' }],
    [
      { durationsMs: { lunch: 10 } },
      { durationsMs: 'one_of:preparation|silent|sharing|grouping|voting|synthesis' },
    ],
    [
      { durationsMs: { closed: 10 } },
      { durationsMs: 'one_of:preparation|silent|sharing|grouping|voting|synthesis' },
    ],
  ])('refuses %j with a 400 naming the field, and changes nothing', async (body, fields) => {
    const s = await started();
    await api(s, 'PUT', '/api/tables/robotica/agenda', { durationsMs: { silent: 5 * MIN } });
    const res = await api(s, 'PUT', '/api/tables/robotica/agenda', body);
    expect(res).toMatchObject({ status: 400, body: { code: 'invalid_body', fields } });
    expect(readAgenda(await storedBoard(s, 'robotica'))).toEqual({ silent: 5 * MIN });
  });

  it('needs the secretariat key and a known table', async () => {
    const s = await started();
    const body = { durationsMs: { silent: MIN } };
    const anonymous = await api(s, 'PUT', '/api/tables/robotica/agenda', body, null);
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'unauthorised' } });
    const unknown = await api(s, 'PUT', '/api/tables/nessuno/agenda', body);
    expect(unknown).toMatchObject({ status: 404, body: { code: 'unknown_table' } });
    expect(readAgenda(await storedBoard(s, 'robotica'))).not.toHaveProperty('silent', MIN);
  });
});

describe('invitations of named moderators', () => {
  const EVENT = {
    title: 'Skills Intelligence Piacenza',
    date: '2026-10-08',
    tables: [
      {
        title: 'Logistica e meccatronica',
        moderators: [
          { name: 'Anna Neri', organisation: 'Clust-ER MECH' },
          { name: 'Luca Bianchi', organisation: 'Clust-ER MECH' },
        ],
      },
    ],
  };
  type InvitationRow = { role: string; label: string };
  const moderatorLabels = (table: Record<string, unknown>) =>
    (table.invitations as InvitationRow[])
      .filter((i) => i.role === 'moderator')
      .map((i) => i.label)
      .sort();

  it('gives each named moderator an invitation, once, also when named later', async () => {
    const s = await started();
    const created = await api(s, 'POST', '/api/events', EVENT);
    expect(created.status).toBe(201);
    const table = created.body.tables[0];
    expect(moderatorLabels(table)).toEqual(['Anna Neri', 'Luca Bianchi']);

    // Naming one more moderator invites only her; the others keep theirs.
    const patched = await api(s, 'PATCH', `/api/tables/${table.id}`, {
      moderators: [...EVENT.tables[0]!.moderators, { name: 'Giulia Verdi' }],
    });
    expect(moderatorLabels(patched.body)).toEqual(['Anna Neri', 'Giulia Verdi', 'Luca Bianchi']);
    const retitled = await api(s, 'PATCH', `/api/tables/${table.id}`, { title: 'Logistica 4.0' });
    expect(moderatorLabels(retitled.body)).toHaveLength(3);

    // A table added to the event later invites its moderator too.
    const added = await api(s, 'POST', `/api/events/${created.body.id}/tables`, {
      title: 'Agroalimentare',
      moderators: [{ name: 'Elena Rinaldi' }],
    });
    expect(moderatorLabels(added.body)).toEqual(['Elena Rinaldi']);
  });

  it('invites again a moderator whose invitation was revoked', async () => {
    const s = await started();
    const table = (await api(s, 'POST', '/api/events', EVENT)).body.tables[0];
    const anna = table.invitations.find((i: { label: string }) => i.label === 'Anna Neri');
    await api(s, 'DELETE', `/api/invitations/${anna.id}`);
    const patched = await api(s, 'PATCH', `/api/tables/${table.id}`, {
      moderators: EVENT.tables[0]!.moderators,
    });
    const usable = patched.body.invitations.filter(
      (i: { revokedAt: number | null }) => i.revokedAt === null,
    );
    expect(moderatorLabels({ invitations: usable })).toEqual(['Anna Neri', 'Luca Bianchi']);
  });
});

describe('the table view’s participant count', () => {
  it('counts participants, not the moderator', async () => {
    const s = await started();
    const created = await api(s, 'POST', '/api/events', {
      title: 'Skills Intelligence Parma',
      date: '2026-10-15',
      tables: [{ title: 'Packaging', moderators: [{ name: 'Marco Fabbri' }] }],
    });
    const table = created.body.tables[0];
    const linkOf = (url: unknown) => String(url).split('/i/')[1] ?? '';
    const moderatorLink = linkOf(table.invitations[0].url);
    const accept = (invite: string, name: string) =>
      api(
        s,
        'POST',
        '/api/invitations/accept',
        { invite, name, organisation: 'Clust-ER', consent: false },
        null,
      );
    expect((await accept(moderatorLink, 'Marco Fabbri')).status).toBe(201);
    const invite = await api(s, 'POST', `/api/tables/${table.id}/invitations`, {
      role: 'participant',
    });
    expect((await accept(linkOf(invite.body.url), 'Sara Conti')).status).toBe(201);
    const event = await api(s, 'GET', `/api/events/${created.body.id}`);
    expect(event.body.tables[0].participants).toBe(1);
  });
});
