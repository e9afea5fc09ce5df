import { addCard } from '@tavolo/board';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { api } from '../testing/api.js';
import {
  LATE,
  mayName,
  mayShowOrganisation,
  PEOPLE,
  present,
  privateTable,
  SENTINEL,
  type Joined,
  type PrivateTable,
  VIEWERS,
} from '../testing/privateTable.js';
import { RawRecorder } from '../testing/RawRecorder.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { until } from '../testing/until.js';

describe.each([
  ['a named table', { anonymous: false, showOrganisations: true }],
  ['an anonymous table showing organisations', { anonymous: true, showOrganisations: true }],
  ['an anonymous table hiding organisations', { anonymous: true, showOrganisations: false }],
] as const)('every byte a raw client receives at %s', (_, settings) => {
  let s: TestServer;
  let table: PrivateTable;
  let late: Joined;
  let lateOnline: WebsocketProvider;
  const recorders: Record<string, RawRecorder> = {};
  /** Where each recorder stood just before the late person said yes. */
  const beforeConsent: Record<string, number> = {};

  beforeAll(async () => {
    s = await startTestServer();
    table = await privateTable(s, settings);
    const { tableId, people } = table;
    for (const viewer of Object.keys(VIEWERS)) {
      const token = viewer === 'secretariat' ? table.secretariat : people[viewer]!.token;
      recorders[viewer] = new RawRecorder(s.url, tableId, token);
    }
    const all = Object.values(recorders);
    await Promise.all(all.map((r) => r.opened));
    // Greeted: its directory, and the board (sync step 2) in answer to its step 1.
    await until(() => all.every((r) => r.framesOfType(100).length > 0), 'directories');
    await until(() => all.every((r) => r.has('Saldatori laser')), 'the board');

    // While they watch, someone joins, writes and shows their presence (with their name).
    const joined = await s.join(tableId, 'participant', LATE);
    late = { ...LATE, token: joined.token, id: joined.participantId };
    await until(() => recorders.mod!.has(LATE.name), 'the newcomer in the directory');
    lateOnline = await present(s, tableId, late);
    addCard(
      lateOnline.doc,
      { id: late.id, role: 'participant' },
      {
        section: 'needs',
        text: 'Posatori di piastrelle',
      },
    );
    const lateId = Buffer.from(late.id);
    await until(
      () =>
        all.every((r) => r.has('Posatori di piastrelle')) &&
        all.every((r) => r.framesOfType(1).some((f) => f.includes(lateId))),
      'the newcomer’s card and presence',
    );

    // Then they say yes to being named: the projector may name them from now on.
    for (const [viewer, r] of Object.entries(recorders)) beforeConsent[viewer] = r.length;
    const directories = recorders.mod!.framesOfType(100).length;
    const answer = await api(s, 'POST', '/api/session/consent', { consent: true }, late.token);
    expect(answer).toMatchObject({ status: 200, body: { consent: true } });
    await until(() => recorders.mod!.framesOfType(100).length > directories, 'the new consent');
    await s.app.rooms.change(tableId, (doc) =>
      addCard(doc, { id: people.mod!.id, role: 'moderator' }, { section: 'needs', text: SENTINEL }),
    );
    await until(() => all.every((r) => r.has(SENTINEL)), 'everything sent');
  }, 120_000);

  afterAll(async () => {
    for (const r of Object.values(recorders)) r.close();
    lateOnline?.destroy();
    table?.close();
    await s?.stop();
  });

  it.each(Object.keys(VIEWERS))(
    '%s receives every name and organisation it may see, and none other',
    (viewer) => {
      const r = recorders[viewer]!;
      for (const person of [...PEOPLE, { ...LATE, consent: true }]) {
        expect(r.has(person.name), `${person.name} to ${viewer}`).toBe(
          mayName(viewer, person, settings),
        );
        expect(r.has(person.organisation), `${person.organisation} to ${viewer}`).toBe(
          mayShowOrganisation(viewer, person, settings),
        );
      }
    },
  );

  it.each(Object.keys(VIEWERS))(
    '%s received the newcomer’s name before their yes only if it may name them without it',
    (viewer) => {
      const before = recorders[viewer]!.has(LATE.name, 0, beforeConsent[viewer]);
      expect(before).toBe(mayName(viewer, LATE, settings));
    },
  );
});
