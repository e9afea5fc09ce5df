import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../testing/api.js';
import { officeText } from '../testing/officeText.js';
import { PEOPLE, privateTable, type PrivateTable } from '../testing/privateTable.js';
import { startTestServer, TEST_ADMIN_KEY, type TestServer } from '../testing/startTestServer.js';
import type { TableSettings } from './visibility.js';

const FORMATS = ['docx', 'md', 'csv', 'xlsx'] as const;

/** Every name and organisation of the table: none may reach an answer that is not allowed it. */
const EVERYTHING = PEOPLE.flatMap((p) => [p.name, p.organisation]);

/**
 * What an export may show of `people`: the names of those who said yes at a named table, their
 * organisations unless the table hides them.
 */
function exportMayShow(settings: TableSettings, people = PEOPLE): string[] {
  const participants = people.filter((p) => p.role === 'participant');
  return [
    ...(settings.anonymous ? [] : participants.filter((p) => p.consent).map((p) => p.name)),
    ...(settings.anonymous && !settings.showOrganisations
      ? []
      : participants.map((p) => p.organisation)),
  ];
}

describe.each([
  ['a named table', { anonymous: false, showOrganisations: true }],
  ['an anonymous table showing organisations', { anonymous: true, showOrganisations: true }],
  ['an anonymous table hiding organisations', { anonymous: true, showOrganisations: false }],
] as const)('API answers and exports of %s', (_, settings) => {
  let s: TestServer;
  let table: PrivateTable;

  beforeAll(async () => {
    s = await startTestServer();
    table = await privateTable(s, settings);
  }, 60_000);

  afterAll(async () => {
    table?.close();
    await s?.stop();
  });

  it('tell a participant, the moderator or the projector nobody’s name or organisation', async () => {
    const { tableId } = table;
    const code = (await s.app.catalog.participantInvitation(tableId, Date.now())).code;
    for (const key of ['tecla', 'ugo', 'mod', 'wall']) {
      const person = table.people[key]!;
      const answers = [
        await api(s, 'GET', '/api/tables', undefined, person.token),
        await api(s, 'GET', `/api/invitations/lookup?code=${code}`, undefined, null),
        await api(s, 'GET', `/api/tables/${tableId}/join-info`, undefined, person.token),
        await api(s, 'POST', '/api/session/renew', undefined, person.token),
        await api(s, 'POST', '/api/session/consent', { consent: person.consent }, person.token),
      ];
      const text = JSON.stringify(answers);
      expect(answers[4]).toMatchObject({ status: 200, body: { consent: person.consent } });
      for (const needle of EVERYTHING) expect(text, `${needle} to ${key}`).not.toContain(needle);
    }
  });

  it('show the secretariat everyone at the table, with their consent', async () => {
    const view = await api(s, 'GET', `/api/events/${table.eventId}`);
    const text = JSON.stringify(view.body);
    for (const needle of EVERYTHING) expect(text).toContain(needle);
    const people = view.body.tables[0].people as Record<string, { consent: boolean }>;
    expect(people[table.people.bea!.id]).toMatchObject({
      name: 'Ottavia Pimpinella',
      consent: false,
    });
  });

  it.each([
    ['the secretariat’s key', () => TEST_ADMIN_KEY],
    ['the secretariat’s token', () => table.secretariat],
    ['the moderator’s token', () => table.people.mod!.token],
  ])('export with %s names only who said yes, in every format', async (__, credential) => {
    const allowed = exportMayShow(settings);
    // The authors (Ada said yes, Bea did not) are credited on every contribution in every
    // format; others only where a format lists people (the paper's context, not CSV).
    const required = exportMayShow(
      settings,
      PEOPLE.filter((p) => p.key === 'ada' || p.key === 'bea'),
    );
    const paths = [`/api/tables/${table.tableId}/paper`];
    // Only the secretariat exports a whole event.
    if (credential() !== table.people.mod!.token) paths.push(`/api/events/${table.eventId}/paper`);
    for (const path of paths) {
      for (const format of FORMATS) {
        for (const lang of ['it', 'en']) {
          const res = await fetch(`${s.httpUrl}${path}?format=${format}&lang=${lang}`, {
            headers: { authorization: `Bearer ${credential()}` },
          });
          expect(res.status).toBe(200);
          const bytes = new Uint8Array(await res.arrayBuffer());
          const text =
            format === 'docx' || format === 'xlsx'
              ? await officeText(bytes)
              : Buffer.from(bytes).toString('utf8');
          const where = `${path} ${format} ${lang}`;
          expect(text, where).toContain('Saldatori laser');
          for (const needle of EVERYTHING) {
            if (!allowed.includes(needle)) expect(text, where).not.toContain(needle);
          }
          for (const needle of required) expect(text, where).toContain(needle);
        }
      }
    }
  });
});
