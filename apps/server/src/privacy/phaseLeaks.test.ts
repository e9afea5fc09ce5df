import {
  addCard,
  PHASES,
  participantsMayWrite,
  readPhase,
  setConclusions,
  setPhase,
  type Phase,
} from '@tavolo/board';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import {
  LATE,
  mayName,
  mayShowOrganisation,
  PEOPLE,
  present,
  privateTable,
  VIEWERS,
  type PrivateTable,
} from '../testing/privateTable.js';
import { RawRecorder } from '../testing/RawRecorder.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { until } from '../testing/until.js';

// A table walks through every phase while raw sockets of every role record every byte. Two
// participants write in each phase that lets them; a newcomer connects in the middle of silent
// writing. What each socket received before the reveal is searched for every hidden text, and
// everything it received for every name and organisation.

const SETTINGS = { anonymous: true, showOrganisations: false };
const WRITERS = ['tecla', 'ugo'] as const;
const text = (writer: string, phase: Phase) => `Idea riservata di ${writer} in ${phase}`;
/** Those who see every card as it is written, silent writing or not. */
const SEES_ALL = new Set(['secretariat', 'mod']);

describe('every byte a raw client receives as the table goes through its phases', () => {
  let s: TestServer;
  let table: PrivateTable;
  const recorders: Record<string, RawRecorder> = {};
  const writers: Record<string, WebsocketProvider> = {};
  /** Where each recorder stood when the moderator revealed the silent cards. */
  const atReveal: Record<string, number> = {};

  beforeAll(async () => {
    s = await startTestServer();
    table = await privateTable(s, SETTINGS);
    const { tableId, people } = table;
    const moderator = { id: people.mod!.id, role: 'moderator' as const };
    for (const viewer of Object.keys(VIEWERS)) {
      const token = viewer === 'secretariat' ? table.secretariat : people[viewer]!.token;
      recorders[viewer] = new RawRecorder(s.url, tableId, token);
    }
    await Promise.all(Object.values(recorders).map((r) => r.opened));
    // The writers are the same people on another device: a stock client each.
    for (const key of WRITERS) writers[key] = await present(s, tableId, people[key]!);

    for (const phase of PHASES) {
      if (phase === 'sharing') {
        // Just before the reveal: every socket has had all there was to send until now.
        for (const [viewer, r] of Object.entries(recorders)) atReveal[viewer] = r.length;
      }
      await s.app.rooms.change(tableId, (doc) => setPhase(doc, moderator, phase));
      await until(
        () => WRITERS.every((key) => readPhase(writers[key]!.doc) === phase),
        `the writers in ${phase}`,
      );
      if (participantsMayWrite(phase)) {
        for (const key of WRITERS) {
          const writer = { id: people[key]!.id, role: 'participant' as const };
          addCard(writers[key]!.doc, writer, { section: 'needs', text: text(key, phase) });
        }
        // The moderator sees every card as it is committed.
        await until(
          () => WRITERS.every((key) => recorders.mod!.has(text(key, phase))),
          `the cards of ${phase}`,
        );
      }
      if (phase === 'silent') {
        // A newcomer opens the table now: the board it is sent holds no one else's card.
        const joined = await s.join(tableId, 'participant', LATE);
        recorders.zeno = new RawRecorder(s.url, tableId, joined.token);
        await recorders.zeno.opened;
      }
      const sentinel = `Fine della fase ${phase}`;
      // The moderator's notes reach everyone in every phase: once a socket has them, it has
      // everything that came before.
      await s.app.rooms.change(tableId, (doc) => setConclusions(doc, moderator, sentinel));
      await until(
        () => Object.values(recorders).every((r) => r.has(sentinel)),
        `everyone past ${phase}`,
      );
    }
  }, 180_000);

  afterAll(async () => {
    for (const r of Object.values(recorders)) r.close();
    for (const w of Object.values(writers)) w.destroy();
    table?.close();
    await s?.stop();
  });

  it.each([...Object.keys(VIEWERS), 'zeno'])(
    '%s received a silent card before the reveal only if it is theirs or they run the table',
    (viewer) => {
      const r = recorders[viewer]!;
      for (const writer of WRITERS) {
        const secret = text(writer, 'silent');
        const mayReceive = SEES_ALL.has(viewer) || viewer === writer;
        expect(r.has(secret, 0, atReveal[viewer]), `${secret} to ${viewer}`).toBe(mayReceive);
        // The reveal is one step: from then on everyone has it.
        expect(r.has(secret), `${secret} to ${viewer} after the reveal`).toBe(true);
      }
    },
  );

  it.each([...Object.keys(VIEWERS), 'zeno'])(
    '%s received every card written outside silent writing',
    (viewer) => {
      for (const phase of PHASES.filter((p) => p !== 'silent' && participantsMayWrite(p)))
        for (const writer of WRITERS)
          expect(recorders[viewer]!.has(text(writer, phase)), `${writer} in ${phase}`).toBe(true);
    },
  );

  it('tells a participant how many cards it does not see, and that none remain after the reveal', () => {
    const statuses = recorders
      .ugo!.framesOfType(101)
      .map(
        (frame) =>
          JSON.parse(frame.subarray(frame.indexOf('{')).toString()) as {
            withheld?: Record<string, number>;
          },
      )
      .filter((status) => status.withheld !== undefined);
    // Tecla's silent card is withheld from Ugo: one card of the needs section.
    expect(statuses.some((status) => status.withheld!.needs === 1)).toBe(true);
    expect(statuses.at(-1)!.withheld).toEqual({});
    // The moderator sees everything, so it is told nothing is withheld.
    expect(recorders.mod!.framesOfType(101).every((f) => !f.includes('"withheld"'))).toBe(true);
  });

  it.each(Object.keys(VIEWERS))(
    '%s received, over every phase, only the names and organisations it may see',
    (viewer) => {
      for (const person of PEOPLE) {
        expect(recorders[viewer]!.has(person.name), `${person.name} to ${viewer}`).toBe(
          mayName(viewer, person, SETTINGS),
        );
        expect(
          recorders[viewer]!.has(person.organisation),
          `${person.organisation} to ${viewer}`,
        ).toBe(mayShowOrganisation(viewer, person, SETTINGS));
      }
    },
  );
});
