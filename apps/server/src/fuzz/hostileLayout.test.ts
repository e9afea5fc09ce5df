import { CARD, ROOT, type Role } from '@tavolo/board';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { attempt, served } from './attempt.js';
import { cardRun, nestedMaps } from './boardSpecs.js';
import { syncUpdate } from './frames.js';
import { enter, freshTable } from './people.js';
import { TavoloProcess } from './TavoloProcess.js';
import { encodeUpdate } from './updates.js';

/**
 * Layouts an honest client never writes: a Y.Map nested thousands deep under one's own card
 * (it used to kill the process, then kill it again on every restart), and a map entry carrying
 * two values (the author check read the first, readers read the last).
 */
let server: TavoloProcess;
beforeAll(async () => {
  server = await TavoloProcess.start();
}, 60_000);
beforeEach(async () => {
  await server.ensureRunning();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

const ROLES: Role[] = ['participant', 'moderator', 'secretariat', 'observer'];
const DEPTH = 20_000;
/** The reason a role gets for a layout no honest client writes. */
const refusal = (role: Role) => (role === 'observer' ? 'observer_write' : 'malformed_layout');

describe.each(ROLES)('layout rules, as %s', (role) => {
  it(`maps nested ${DEPTH} deep under one's own card, then the card deleted: refused 4403, nothing stored, the board loads after a restart`, async () => {
    const table = await freshTable(server, `Annidato ${role}`);
    const person = await enter(server, table, role);
    const client = 0x7a0000 + ROLES.indexOf(role);
    const card = cardRun(client, 0, `deep-${role}`, person);
    const run = {
      ...card,
      structs: [
        ...card.structs,
        ...nestedMaps(client, card.structs.length, { client, clock: 0 }, DEPTH),
      ],
    };
    // Deleting the card afterwards is what overflows the stack: Yjs collects the nested maps
    // recursively, in the live room and again on every load of the stored board.
    const { closed, relayed } = await attempt(
      server,
      person,
      [
        syncUpdate(encodeUpdate({ runs: [run] })),
        syncUpdate(encodeUpdate({ runs: [], deletes: [{ client, ranges: [[0, 1]] }] })),
      ],
      [client],
      table,
    );
    const stored = await served(server, table).then(
      (doc) => Y.getState(doc.store, client),
      (err: unknown) => `no answer: ${String(err)}`,
    );
    const crash = await server.crashReport();
    await server.restart();
    const restarted = await server.health();
    const afterRestart = await served(server, table).then(
      (doc) => doc.getMap(ROOT.cards).has(`deep-${role}`),
      (err: unknown) => `not served: ${String(err)}`,
    );
    expect({ closed, relayed, stored, restarted, afterRestart }, crash).toEqual({
      closed: { code: 4403, reason: refusal(role) },
      relayed: false,
      stored: 0,
      restarted: 200,
      afterRestart: false,
    });
  });

  it('a map entry with two values (authorId = [self, victim]): refused 4403, nothing stored', async () => {
    const table = await freshTable(server, `Due valori ${role}`);
    const person = await enter(server, table, role);
    const victim = await enter(server, table, 'participant');
    const client = 0x7b0000 + ROLES.indexOf(role);
    const update = encodeUpdate({
      runs: [
        cardRun(client, 0, `twice-${role}`, person, {
          authorId: [person.participantId, victim.participantId],
        }),
      ],
    });
    const { closed, relayed } = await attempt(
      server,
      person,
      [syncUpdate(update)],
      [client],
      table,
    );
    expect({ closed, relayed }, await server.crashReport()).toEqual({
      closed: { code: 4403, reason: refusal(role) },
      relayed: false,
    });
    const card = (await served(server, table))
      .getMap<Y.Map<unknown>>(ROOT.cards)
      .get(`twice-${role}`);
    expect(card?.get(CARD.authorId)).toBeUndefined();
  });
});
