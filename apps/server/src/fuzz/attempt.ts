import { CONTROL, ROOT } from '@tavolo/board';
import * as Y from 'yjs';
import { entry } from './boardSpecs.js';
import { syncUpdate } from './frames.js';
import { enter, type Person } from './people.js';
import { RawClient, type Closed } from './RawClient.js';
import type { Target } from './TavoloProcess.js';
import { encodeUpdate } from './updates.js';

/** How a hostile socket ended: closed by the server, still open, or no answer at all. */
export type Outcome = Closed | { code: 0; reason: 'still open' } | { code: -1; reason: string };

/** Resolves with how `client` fared once the server had time to answer a round trip. */
export async function outcomeOf(client: RawClient, limitMs = 10_000): Promise<Outcome> {
  return Promise.race([
    client.closed,
    client.roundTrip([], limitMs).then(
      () => ({ code: 0, reason: 'still open' }) as const,
      (err: unknown) => client.closedWith ?? { code: -1, reason: `no answer: ${String(err)}` },
    ),
  ]);
}

/** Every client id of every update `client` was sent, step 2 answers included. */
export function clientsSeen(client: RawClient): Set<number> {
  const seen = new Set<number>();
  for (const update of client.updates()) {
    for (const s of Y.decodeUpdate(update).structs) seen.add(s.id.client);
    for (const id of Y.decodeUpdate(update).ds.clients.keys()) seen.add(id);
  }
  return seen;
}

let markers = 0;

/**
 * Writes a harmless change as a moderator, under a client id of its own, and resolves once
 * `watcher` has received it: the server commits and relays in order, so whatever was admitted
 * before it has been relayed by then.
 */
export async function settle(target: Target, table: string, watcher: RawClient): Promise<void> {
  const moderator = await enter(target, table, 'moderator');
  const writer = new RawClient(target.wsUrl, table, moderator.token);
  await writer.greeted();
  const client = 0x3a000000 + process.pid * 64 + (markers++ % 64);
  const from = watcher.frames.length;
  writer.send(
    syncUpdate(
      encodeUpdate({
        runs: [{ client, clock: 0, structs: [entry(ROOT.control, CONTROL.spotlight, null)] }],
      }),
    ),
  );
  await watcher.waitFor(
    (f) => f.sub >= 1 && Y.decodeUpdate(f.payload).structs.some((s) => s.id.client === client),
    from,
  );
  await writer.close();
}

/**
 * Sends `frames` on a socket of `person` while a moderator watches the table; resolves with
 * how the socket ended and whether the watcher was sent anything written under `clients`.
 */
export async function attempt(
  target: Target,
  person: Person,
  frames: readonly Uint8Array[],
  clients: readonly number[],
  table = 'robotica',
) {
  const watcherPerson = await enter(target, table, 'moderator');
  const watcher = new RawClient(target.wsUrl, table, watcherPerson.token);
  await watcher.greeted();
  const hostile = new RawClient(target.wsUrl, table, person.token);
  await hostile.greeted();
  hostile.send(...frames);
  const closed = await outcomeOf(hostile);
  let relayed: boolean | string;
  try {
    await settle(target, table, watcher);
    const seen = clientsSeen(watcher);
    relayed = clients.some((c) => seen.has(c));
  } catch (err) {
    relayed = `unknown: ${String(err)}`;
  }
  await Promise.all([hostile.close(), watcher.close()]);
  return { closed, relayed };
}

/** The table as a newcomer is served it. */
export async function served(target: Target, table = 'robotica'): Promise<Y.Doc> {
  const reader = await enter(target, table, 'moderator');
  const client = new RawClient(target.wsUrl, table, reader.token);
  const { update } = await client.roundTrip();
  await client.close();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}
