import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { attempt } from './attempt.js';
import { cardRun, commentRun, profileStruct } from './boardSpecs.js';
import { syncUpdate } from './frames.js';
import { enter, type Person } from './people.js';
import { targetOf, type Target } from './TavoloProcess.js';
import { encodeUpdate, type ClientRun } from './updates.js';

/**
 * A participant's name and organisation are the ones it joined with: the board shows them on
 * its cards and the paper prints them, so writing others' is impersonation.
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
/** Sends one update of `runs` (written by a fresh client id) as `person`. */
async function write(person: Person, build: (client: number) => ClientRun[]) {
  const client = nextClient++;
  return attempt(target, person, [syncUpdate(encodeUpdate({ runs: build(client) }))], [client]);
}

const join = () =>
  enter(target, 'robotica', 'participant', { name: 'Laura Bassi', organisation: 'Reggiane' });
const forged = { code: 4403, reason: 'forged_identity' };

describe('a participant writing its board profile', () => {
  it('with the name and organisation it joined with: accepted', async () => {
    const me = await join();
    const result = await write(me, (client) => [
      { client, clock: 0, structs: [profileStruct(me.participantId, me)] },
    ]);
    expect(result).toEqual({ closed: { code: 0, reason: 'still open' }, relayed: true });
  });

  it.each([
    ['another name', { name: 'Federico Capucci', organisation: 'Reggiane' }],
    ['another organisation', { name: 'Laura Bassi', organisation: 'Clust-ER MECH' }],
  ])(
    'participants/<own id> with %s: closed 4403 forged_identity, nothing relayed',
    async (_n, profile) => {
      const me = await join();
      const result = await write(me, (client) => [
        { client, clock: 0, structs: [profileStruct(me.participantId, profile)] },
      ]);
      expect(result).toEqual({ closed: forged, relayed: false });
    },
  );
});

describe('a participant writing its own card or comment', () => {
  it.each([
    ['authorName', { authorName: 'Federico Capucci' }],
    ['organisation', { organisation: 'Clust-ER MECH' }],
  ])(
    'a card whose %s differs from the joined one: closed 4403 forged_identity',
    async (_n, override) => {
      const me = await join();
      const result = await write(me, (client) => [
        cardRun(client, 0, 'forged-card', me, { override }),
      ]);
      expect(result).toEqual({ closed: forged, relayed: false });
    },
  );

  it('a comment whose authorName differs from the joined one: closed 4403 forged_identity', async () => {
    const me = await join();
    const result = await write(me, (client) => {
      const card = cardRun(client, 0, 'own-card', me);
      const comment = commentRun(client, card.structs.length, 'forged-comment', 'own-card', me, {
        authorName: 'Federico Capucci',
      });
      return [{ ...card, structs: [...card.structs, ...comment.structs] }];
    });
    expect(result).toEqual({ closed: forged, relayed: false });
  });
});
