import { afterEach, describe, expect, it } from 'vitest';
import { verifyToken } from '../auth/tokens.js';
import { api, joinedPeople } from '../testing/api.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

const EVENT = {
  title: 'Skills Intelligence Romagna',
  date: '2026-11-19',
  startTime: '09:30',
  place: 'Tecnopolo di Forlì',
  organiser: 'ART-ER',
  tables: [
    {
      title: 'Competenze per la nautica',
      cluster: 'Clust-ER MECH',
      area: 'Meccatronica',
      moderators: [{ name: 'Federico Capucci', organisation: 'Clust-ER MECH' }],
    },
  ],
};

async function started() {
  server = await startTestServer();
  return server;
}

describe('secretariat API', () => {
  it('refuses every route without the right key, changing nothing', async () => {
    const s = await started();
    for (const key of [null, 'wrong-key']) {
      expect((await api(s, 'GET', '/api/events', undefined, key)).status).toBe(401);
      const create = await api(s, 'POST', '/api/events', EVENT, key);
      expect(create).toMatchObject({ status: 401, body: { code: 'unauthorised' } });
    }
    const events = await api(s, 'GET', '/api/events');
    expect(events.body.events.map((e: { title: string }) => e.title)).toEqual([
      'Skills Intelligence Emilia-Romagna',
    ]);
  });

  it('creates an event with its tables and boards, and edits them', async () => {
    const s = await started();
    const created = await api(s, 'POST', '/api/events', EVENT);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: 'skills-intelligence-romagna',
      language: 'it',
      archivedAt: null,
      tables: [{ id: 'competenze-per-la-nautica', cluster: 'Clust-ER MECH', openJoin: false }],
    });
    // The table's board exists: its document was written with the template's sections.
    const stored = await s.app.store.load('competenze-per-la-nautica');
    expect(stored.updates.length + (stored.snapshot ? 1 : 0)).toBeGreaterThan(0);

    const renamed = await api(s, 'PATCH', `/api/events/${created.body.id}`, { place: 'Forlì' });
    expect(renamed.body).toMatchObject({ place: 'Forlì', title: EVENT.title });
    const table = await api(s, 'PATCH', '/api/tables/competenze-per-la-nautica', {
      moderators: [{ name: 'Giulia Neri' }],
    });
    expect(table.body.moderators).toEqual([{ name: 'Giulia Neri', organisation: '' }]);
    const added = await api(s, 'POST', `/api/events/${created.body.id}/tables`, {
      title: 'Competenze per la nautica',
      templateId: 'talentAttraction',
    });
    expect(added).toMatchObject({ status: 201, body: { id: 'competenze-per-la-nautica-2' } });
  });

  it.each([
    [{}, { title: 'required', date: 'required' }],
    [{ ...EVENT, date: '19/11/2026' }, { date: 'format:YYYY-MM-DD' }],
    [{ ...EVENT, startTime: '25:00' }, { startTime: 'format:HH:MM' }],
    [{ ...EVENT, language: 'fr' }, { language: 'one_of:it|en' }],
    [{ ...EVENT, title: 'x'.repeat(161) }, { title: 'too_long:160' }],
    [
      { ...EVENT, tables: [{ title: '', templateId: 'kanban', moderators: [{}] }] },
      {
        'tables[0].title': 'required',
        'tables[0].templateId': expect.stringMatching(/^one_of:/),
        'tables[0].moderators[0].name': 'required',
      },
    ],
    ['just text', { _body: 'must be a JSON object' }],
  ])('rejects %j field by field and creates nothing', async (body, fields) => {
    const s = await started();
    const res = await api(s, 'POST', '/api/events', body);
    expect(res).toMatchObject({ status: 400, body: { code: 'invalid_body', fields } });
    expect((await api(s, 'GET', '/api/events')).body.events).toHaveLength(1);
  });

  it('hands out invitations that join by link or code, until revoked or expired', async () => {
    const s = await started();
    const invite = await api(s, 'POST', '/api/tables/robotica/invitations', {
      role: 'moderator',
      label: 'Federico',
    });
    expect(invite.status).toBe(201);
    expect(invite.body.code).toMatch(/^[A-Z2-9]{10}$/);
    const link = String(invite.body.url).split('/i/')[1]!;

    const lookup = await api(s, 'GET', `/api/invitations/lookup?invite=${link}`, undefined, null);
    expect(lookup.body).toMatchObject({ tableId: 'robotica', role: 'moderator' });
    const person = { name: 'Federico Capucci', organisation: 'Clust-ER MECH', consent: true };
    const byLink = await api(
      s,
      'POST',
      '/api/invitations/accept',
      { invite: link, ...person },
      null,
    );
    expect(byLink.status).toBe(201);
    expect(verifyToken(byLink.body.token, s.secret, Date.now())).toMatchObject({
      tableId: 'robotica',
      role: 'moderator',
      participantId: byLink.body.participantId,
    });
    const typed = `${invite.body.code.slice(0, 3).toLowerCase()}-${invite.body.code.slice(3)}`;
    const byCode = await api(
      s,
      'POST',
      '/api/invitations/accept',
      { code: typed, ...person },
      null,
    );
    expect(byCode.status).toBe(201);
    expect((await joinedPeople(s, 'robotica')).map((p) => p.role)).toEqual([
      'moderator',
      'moderator',
    ]);

    const forged = `${link.split('.')[0]}.AAAAAAAAAAAAAAAAAAAAAA`;
    const bad = await api(
      s,
      'POST',
      '/api/invitations/accept',
      { invite: forged, ...person },
      null,
    );
    expect(bad).toMatchObject({ status: 404, body: { code: 'invitation_unknown' } });

    expect((await api(s, 'DELETE', `/api/invitations/${invite.body.id}`)).status).toBe(204);
    const revoked = await api(
      s,
      'POST',
      '/api/invitations/accept',
      { invite: link, ...person },
      null,
    );
    expect(revoked).toMatchObject({ status: 410, body: { code: 'invitation_revoked' } });

    await s.app.catalog.invitations.create({
      tableId: 'robotica',
      role: 'participant',
      label: 'scaduto',
      expiresAt: Date.now() - 1,
      now: Date.now() - 10,
    });
    const expiredCode = (await s.app.catalog.invitations.list('robotica')).at(-1)!.code;
    const expired = await api(
      s,
      'POST',
      '/api/invitations/accept',
      { code: expiredCode, ...person },
      null,
    );
    expect(expired).toMatchObject({ status: 410, body: { code: 'invitation_expired' } });
    expect(await joinedPeople(s, 'robotica')).toHaveLength(2);
  });

  it('gives the QR code’s join link only to a table’s moderators, observers and the secretariat', async () => {
    const s = await started();
    const path = '/api/tables/robotica/join-info';
    const asModerator = await api(
      s,
      'GET',
      path,
      undefined,
      await s.tokenFor('robotica', 'moderator'),
    );
    expect(asModerator.status).toBe(200);
    expect(asModerator.body.url).toMatch(/\/i\/[\w-]+\.[\w-]+$/);
    // The same participants' invitation is shown on every screen.
    const again = await api(s, 'GET', path, undefined, await s.tokenFor('robotica', 'observer'));
    expect(again.body.code).toBe(asModerator.body.code);
    expect(
      (await api(s, 'GET', path, undefined, await s.tokenFor('robotica', 'participant'))).status,
    ).toBe(403);
    expect((await api(s, 'GET', path, undefined, await s.tokenFor('oleodinamica'))).status).toBe(
      403,
    );
    expect((await api(s, 'GET', path, undefined, 'nonsense')).status).toBe(401);
  });

  it('tells the projector the language of the table’s event', async () => {
    const s = await started();
    const created = await api(s, 'POST', '/api/events', { ...EVENT, language: 'en' });
    const tableId = created.body.tables[0].id;
    const token = (await api(s, 'POST', '/api/session')).body.token;
    const info = await api(s, 'GET', `/api/tables/${tableId}/join-info`, undefined, token);
    expect(info.body).toMatchObject({ language: 'en', tableTitle: 'Competenze per la nautica' });
    expect(info.body.code).toMatch(/^[A-Z0-9]{6}$/);
  });

  it('closes tables to invitation-less joins unless they are open', async () => {
    const s = await started();
    const created = await api(s, 'POST', '/api/events', EVENT);
    const person = { name: 'Anna', organisation: 'ART-ER' };
    const tableId = created.body.tables[0].id;
    const res = await api(s, 'POST', `/api/tables/${tableId}/join`, person, null);
    expect(res).toMatchObject({ status: 403, body: { code: 'invitation_required' } });
    const open = await api(s, 'GET', '/api/tables', undefined, null);
    expect(open.body.tables.map((t: { id: string }) => t.id)).not.toContain(tableId);
  });

  it('issues the secretariat a token for every table', async () => {
    const s = await started();
    const res = await api(s, 'POST', '/api/session');
    expect(verifyToken(res.body.token, s.secret, Date.now())).toMatchObject({
      tableId: '*',
      role: 'secretariat',
    });
  });
});
