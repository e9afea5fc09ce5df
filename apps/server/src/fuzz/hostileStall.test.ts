import { ROOT, type Role } from '@tavolo/board';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { attempt, outcomeOf } from './attempt.js';
import { syncStep2, syncUpdate } from './frames.js';
import { enter, freshTable } from './people.js';
import { RawClient } from './RawClient.js';
import { TavoloProcess } from './TavoloProcess.js';
import { encodeUpdate } from './updates.js';

/**
 * Work or memory a client declares and the server spends: a garbage-collected range as long as
 * the client says, and updates parked forever. The real server runs in a child process, so
 * that a stalled event loop can be killed and its memory read from /proc.
 */
let server: TavoloProcess;
beforeAll(async () => {
  server = await TavoloProcess.start();
}, 60_000);
beforeEach(async () => {
  await server.ensureRunning();
}, 60_000);
afterAll(async () => {
  await server?.stop('SIGKILL');
});

const ROLES: Role[] = ['participant', 'moderator', 'secretariat', 'observer'];
/** A liveness bound, not a performance goal: a room that answers later is not being served. */
const LIVENESS_MS = 5_000;

/**
 * Starts round trips to another table, back to back; `stop` resolves with the slowest
 * (Infinity when one got no answer within the liveness bound, which also ends the probing).
 */
async function startProbe() {
  const secretariat = await enter(server, 'oleodinamica', 'secretariat');
  const probe = new RawClient(server.wsUrl, 'oleodinamica', secretariat.token);
  await probe.greeted();
  let stopped = false;
  const probing = (async () => {
    let slowest = 0;
    while (!stopped && slowest !== Infinity) {
      const ms = await probe.roundTrip([], LIVENESS_MS).then(
        (r) => r.ms,
        () => Infinity,
      );
      slowest = Math.max(slowest, ms);
    }
    probe.ws.terminate();
    return slowest;
  })();
  return {
    stop: () => {
      stopped = true;
      return probing;
    },
    /** Resolves as soon as a round trip went unanswered. */
    failed: probing.then(() => undefined),
  };
}

describe.each(ROLES)('a garbage-collected range of 2^40 clocks, resynced by %s', (role) => {
  it('is handled without stalling: another table answers a round trip within 5 s meanwhile', async () => {
    const table = await freshTable(server, `Intervallo ${role}`);
    const planter = await enter(server, table, 'participant');
    const client = 0x2400 + ROLES.indexOf(role);
    // One GC struct whose length the client chose (refusing it is fine too).
    await attempt(
      server,
      planter,
      [
        syncUpdate(
          encodeUpdate({
            runs: [{ client, clock: 0, structs: [{ kind: 'gc', length: 2 ** 40 }] }],
          }),
        ),
      ],
      [client],
      table,
    );
    // An honest-looking client: it syncs the board and answers with its state, whose delete
    // set covers every garbage-collected range it holds.
    const person = await enter(server, table, role);
    const honest = new RawClient(server.wsUrl, table, person.token);
    const serverVector = (await honest.greeted()).payload;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await honest.roundTrip()).update);
    const probe = await startProbe();
    honest.send(syncStep2(Y.encodeStateAsUpdate(doc, serverVector)));
    await Promise.race([outcomeOf(honest, 3 * LIVENESS_MS), probe.failed]);
    const slowest = await probe.stop();
    honest.ws.terminate();
    expect(slowest, await server.crashReport()).toBeLessThanOrEqual(LIVENESS_MS);
  }, 60_000);
});

const MIB = 1024 * 1024;
const SOCKETS_PER_TOKEN = 2;
const MIB_PER_SOCKET = 24;

/** Sends MiB-sized updates that wait for a clock nobody writes; resolves with how it ended. */
async function parkUntilClosed(token: string, client: number, sample: () => void) {
  const socket = new RawClient(server.wsUrl, 'robotica', token);
  await socket.greeted();
  const text = 'p'.repeat(MIB - 64);
  // Clock 1 of a client that never wrote clock 0: it waits for its dependency forever.
  const parked = syncUpdate(
    encodeUpdate({
      runs: [
        {
          client,
          clock: 1,
          structs: [
            { kind: 'item', parent: ROOT.cards, parentSub: 'x', content: { ref: 'string', text } },
          ],
        },
      ],
    }),
  );
  for (let m = 0; m < MIB_PER_SOCKET && socket.isOpen; m++) {
    await new Promise<void>((resolve) => socket.ws.send(parked, () => resolve()));
    sample();
  }
  const outcome = await outcomeOf(socket, 30_000);
  sample();
  socket.ws.terminate();
  return outcome.code;
}

describe('updates parked forever', () => {
  it(`${SOCKETS_PER_TOKEN} sockets per token of every role, ${MIB_PER_SOCKET} MiB each that never resolve: each closed 1013 or 4413, and the server's memory stays bounded`, async () => {
    await server.restart();
    const people = await Promise.all(ROLES.map((role) => enter(server, 'robotica', role)));
    const baseline = server.rssBytes() ?? 0;
    let peak = baseline;
    const sample = () => (peak = Math.max(peak, server.rssBytes() ?? 0));
    const codes = await Promise.all(
      people.flatMap((person, p) =>
        Array.from({ length: SOCKETS_PER_TOKEN }, (_, i) =>
          parkUntilClosed(person.token, 0x9a4c00 + p * 16 + i, sample).then(
            (code) => [`${person.role} ${i + 1}`, code] as const,
          ),
        ),
      ),
    );
    const grewMiB = Math.round((peak - baseline) / MIB);
    expect(
      { codes: Object.fromEntries(codes), grewMiB: grewMiB < 128 ? 'under 128' : grewMiB },
      await server.crashReport(),
    ).toEqual({
      // An observer writes nothing, so its first such update is refused outright (4403).
      codes: Object.fromEntries(
        codes.map(([who, c]) => [
          who,
          c === 1013 || c === 4413 || (who.startsWith('observer') && c === 4403)
            ? c
            : 'closed with 1013 or 4413 (an observer: 4403)',
        ]),
      ),
      grewMiB: 'under 128',
    });
  }, 120_000);
});
