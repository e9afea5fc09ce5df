import { CARD, prng, ROOT, type Role } from '@tavolo/board';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { attempt, served, settle } from './attempt.js';
import { cardRun } from './boardSpecs.js';
import { syncUpdate } from './frames.js';
import { enter } from './people.js';
import { RawClient } from './RawClient.js';
import { targetOf, type Target } from './TavoloProcess.js';
import { encodeUpdate, type ClientRun } from './updates.js';

/** Updates that change no content, yet take clocks, client ids or storage from others. */
let s: TestServer;
let target: Target;
beforeEach(async () => {
  s = await startTestServer();
  target = targetOf(s);
});
afterEach(async () => {
  await s.stop();
});

const ROLES: Role[] = ['participant', 'moderator', 'secretariat', 'observer'];
const MAX = Number.MAX_SAFE_INTEGER;

/** The stored board of robotica, as a document. */
async function stored(): Promise<Y.Doc> {
  const { snapshot, updates } = await s.app.store.load('robotica');
  const doc = new Y.Doc();
  if (snapshot) Y.applyUpdate(doc, snapshot);
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

describe('an observer writing no content', () => {
  const client = 0x0b5e7;
  it.each<[string, ClientRun[]]>([
    [
      'a GC struct under a fresh client id',
      [{ client, clock: 0, structs: [{ kind: 'gc', length: 1 }] }],
    ],
    [
      'a GC struct of length 2^40',
      [{ client, clock: 0, structs: [{ kind: 'gc', length: 2 ** 40 }] }],
    ],
    ['a Skip struct', [{ client, clock: 0, structs: [{ kind: 'skip', length: 5 }] }]],
    [
      'a Skip then a GC',
      [
        {
          client,
          clock: 0,
          structs: [
            { kind: 'skip', length: 3 },
            { kind: 'gc', length: 2 },
          ],
        },
      ],
    ],
    [
      'GC structs under 50 client ids',
      Array.from({ length: 50 }, (_, i) => ({
        client: client + i,
        clock: 0,
        structs: [{ kind: 'gc' as const, length: 1 }],
      })),
    ],
  ])('%s: refused (4403 observer_write), nothing stored or relayed', async (_name, runs) => {
    const observer = await enter(target, 'robotica', 'observer');
    const { closed, relayed } = await attempt(
      target,
      observer,
      [syncUpdate(encodeUpdate({ runs }))],
      runs.map((r) => r.client),
    );
    const doc = await stored();
    // Skips alone write nothing: the server may leave the socket open, but stores and
    // relays nothing (an honest observer's reply can carry skips of pending content).
    const skipsOnly = runs.every((r) => r.structs.every((st) => st.kind === 'skip'));
    expect({ closed, relayed, stored: runs.map((r) => Y.getState(doc.store, r.client)) }).toEqual({
      closed: skipsOnly
        ? { code: 0, reason: 'still open' }
        : { code: 4403, reason: 'observer_write' },
      relayed: false,
      stored: runs.map(() => 0),
    });
  });
});

describe.each(ROLES)('client ids of others, as %s', (role) => {
  it("a GC struct under another participant's client id: closed 4403 foreign_client; that participant's edits at those clocks are stored", async () => {
    const victim = await enter(target, 'robotica', 'participant');
    const victimClient = 0x71c7;
    const first = cardRun(victimClient, 0, 'victim-1', victim);
    const next = first.structs.length;
    const writer = new RawClient(target.wsUrl, 'robotica', victim.token);
    await writer.greeted();
    writer.send(syncUpdate(encodeUpdate({ runs: [first] })));
    const watcher = new RawClient(
      target.wsUrl,
      'robotica',
      (await enter(target, 'robotica', 'moderator')).token,
    );
    await watcher.greeted();
    await settle(target, 'robotica', watcher);

    const attacker = await enter(target, 'robotica', role);
    const { closed } = await attempt(
      target,
      attacker,
      [
        syncUpdate(
          encodeUpdate({
            runs: [{ client: victimClient, clock: next, structs: [{ kind: 'gc', length: 100 }] }],
          }),
        ),
      ],
      [],
    );
    // The victim goes on writing, as an offline phone would when it comes back.
    writer.send(
      syncUpdate(encodeUpdate({ runs: [cardRun(victimClient, next, 'victim-2', victim)] })),
    );
    const later = await writer.roundTrip().then(
      () => 'still open',
      () => writer.closedWith,
    );
    await settle(target, 'robotica', watcher);
    await Promise.all([writer.close(), watcher.close()]);
    const card = (await served(target)).getMap<Y.Map<unknown>>(ROOT.cards).get('victim-2');
    expect({ closed, victimSocket: later, victimCard: card?.get(CARD.authorId) }).toEqual({
      closed: { code: 4403, reason: role === 'observer' ? 'observer_write' : 'foreign_client' },
      victimSocket: 'still open',
      victimCard: victim.participantId,
    });
  });

  it('GC structs under 30,000 fresh client ids: refused or bounded; a later joiner is sent a small board', async () => {
    const baseline = (await served(target)).store.clients.size;
    const before = Y.encodeStateAsUpdate(await served(target)).length;
    const rnd = prng(0xb10a7);
    const codes: number[] = [];
    for (let message = 0; message < 3; message++) {
      const attacker = new RawClient(
        target.wsUrl,
        'robotica',
        (await enter(target, 'robotica', role)).token,
      );
      await attacker.greeted();
      const runs = Array.from({ length: 10_000 }, () => ({
        client: 1 + Math.floor(rnd.next() * (MAX - 1)),
        clock: 0,
        structs: [{ kind: 'gc' as const, length: 1 }],
      }));
      attacker.send(syncUpdate(encodeUpdate({ runs })));
      codes.push(
        await attacker.roundTrip().then(
          () => 0,
          () => attacker.closedWith?.code ?? -1,
        ),
      );
      await attacker.close();
    }
    const joiner = new RawClient(
      target.wsUrl,
      'robotica',
      (await enter(target, 'robotica', 'participant')).token,
    );
    const { update } = await joiner.roundTrip();
    await joiner.close();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const why = `closes: ${codes.join(',')}; client ids added: ${doc.store.clients.size - baseline}`;
    expect(update.length - before, why).toBeLessThanOrEqual(64 * 1024);
    expect(doc.store.clients.size - baseline, why).toBeLessThanOrEqual(64);
  });
});
