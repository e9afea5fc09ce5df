import { LEGACY, ROOT, type Role } from '@tavolo/board';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { attempt, served } from './attempt.js';
import { cardRun, commentRun, field, legacyIdentity, legacyProfileStruct } from './boardSpecs.js';
import { syncUpdate } from './frames.js';
import { enter, type Person } from './people.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { targetOf, type Target } from './TavoloProcess.js';
import { encodeUpdate, type ClientRun, type UpdateSpec } from './updates.js';

/**
 * Names and organisations live in the server's catalogue, never on the board (schema 3): every
 * device receives the whole board, so a name on it would reach people who may not see it. A
 * card or comment carrying `authorName` or `organisation`, or a profile under the old
 * `participants` root, is refused for every role, whoever's name it carries, even one's own (as
 * a device that held the board before schema 3 would write it).
 */
let s: TestServer;
let target: Target;
beforeEach(async () => {
  s = await startTestServer();
  target = targetOf(s);
});
afterEach(async () => {
  await s.stop();
});

let nextClient = 0x1d0000;
/** Sends updates (written by a fresh client id, one frame each) as `person`. */
async function write(person: Person, ...build: Array<(client: number) => UpdateSpec>) {
  const client = nextClient++;
  const frames = build.map((spec) => syncUpdate(encodeUpdate(spec(client))));
  return attempt(target, person, frames, [client]);
}
const runs = (...r: ClientRun[]): UpdateSpec => ({ runs: r });

const WRITERS: Role[] = ['participant', 'moderator', 'secretariat'];
const open = { closed: { code: 0, reason: 'still open' }, relayed: true };
const malformed = { closed: { code: 4403, reason: 'malformed_layout' }, relayed: false };

/** Who joins, as a board before schema 3 would have named them. */
const mine = { name: 'Laura Bassi', organisation: 'Reggiane' };

describe.each(WRITERS)('identity on the board, written as %s', (role) => {
  const join = () => enter(target, 'robotica', role, mine);
  const someoneElse = { name: 'Federico Capucci', organisation: 'Clust-ER MECH' };

  it('a card and a comment naming their author by id only: accepted and relayed', async () => {
    const me = await join();
    const result = await write(me, (client) => {
      const card = cardRun(client, 0, 'plain-card', me);
      const comment = commentRun(client, card.structs.length, 'plain-comment', 'plain-card', me);
      return runs({ ...card, structs: [...card.structs, ...comment.structs] });
    });
    expect(result).toEqual(open);
  });

  it.each([
    ['its own name and organisation', () => legacyIdentity(mine)],
    ["another's name", () => ({ [LEGACY.authorName]: someoneElse.name })],
    ['an organisation', () => ({ [LEGACY.organisation]: someoneElse.organisation })],
  ])('a card carrying %s: closed 4403 malformed_layout, nothing relayed', async (_n, fields) => {
    const me = await join();
    const result = await write(me, (client) =>
      runs(cardRun(client, 0, 'named-card', me, { override: fields() })),
    );
    expect(result).toEqual(malformed);
  });

  it('a comment carrying its author name: closed 4403 malformed_layout, nothing relayed', async () => {
    const me = await join();
    const result = await write(me, (client) => {
      const card = cardRun(client, 0, 'own-card', me);
      const comment = commentRun(client, card.structs.length, 'named-comment', 'own-card', me, {
        [LEGACY.authorName]: me.name,
      });
      return runs({ ...card, structs: [...card.structs, ...comment.structs] });
    });
    expect(result).toEqual(malformed);
  });

  it('a name added to its own card already on the board: closed 4403 malformed_layout, not stored', async () => {
    const me = await join();
    let cardLength = 0;
    const result = await write(
      me,
      (client) => {
        const card = cardRun(client, 0, 'later-named', me);
        cardLength = card.structs.length;
        return runs(card);
      },
      (client) =>
        runs({
          client,
          clock: cardLength,
          structs: [field({ client, clock: 0 }, LEGACY.authorName, me.name)],
        }),
    );
    // The card itself was admitted and relayed; the name was not (the socket closed on it).
    const card = (await served(target)).getMap<Y.Map<unknown>>(ROOT.cards).get('later-named');
    expect({ closed: result.closed, card: card?.toJSON() }).toEqual({
      closed: malformed.closed,
      card: expect.not.objectContaining({ [LEGACY.authorName]: expect.anything() }),
    });
    expect(card).toBeDefined();
  });

  // Open: checkStructure admits a value the same update deletes before it checks the field, so
  // the update, names included, is stored in the log and relayed to everyone as it was sent.
  it('a card whose name and organisation the same update deletes: closed 4403 malformed_layout, nothing relayed', async () => {
    const me = await join();
    const result = await write(me, (client) => {
      const card = cardRun(client, 0, 'erased-card', me, { override: legacyIdentity(someoneElse) });
      // The two identity fields are the last two structs of the run.
      return { runs: [card], deletes: [{ client, ranges: [[card.structs.length - 2, 2]] }] };
    });
    expect(result).toEqual(malformed);
  });

  it('a name added to its own card and deleted by the same update: closed 4403 malformed_layout', async () => {
    const me = await join();
    let cardLength = 0;
    const result = await write(
      me,
      (client) => {
        const card = cardRun(client, 0, 'erased-later', me);
        cardLength = card.structs.length;
        return runs(card);
      },
      (client) => ({
        runs: [
          {
            client,
            clock: cardLength,
            structs: [field({ client, clock: 0 }, LEGACY.authorName, someoneElse.name)],
          },
        ],
        deletes: [{ client, ranges: [[cardLength, 1]] }],
      }),
    );
    expect(result.closed).toEqual(malformed.closed);
  });

  it.each([
    ['its own name', () => mine],
    ["another's name", () => someoneElse],
  ])(
    'a profile participants/<own id> with %s: closed 4403 malformed_layout, nothing relayed',
    async (_n, profile) => {
      const me = await join();
      const result = await write(me, (client) =>
        runs({ client, clock: 0, structs: [legacyProfileStruct(me.participantId, profile())] }),
      );
      expect(result).toEqual(malformed);
    },
  );
});
