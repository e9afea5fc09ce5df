import type { Actor } from '@tavolo/board';
import type { ServerProcess } from '../servers/ServerProcess.js';
import { clientUrl } from '../servers/targets.js';
import { EditSource, type GeneratedEdit } from './edits.js';
import { framingFor } from './framing.js';
import { LoadClient } from './LoadClient.js';
import { within } from './within.js';

/** One simulated participant: its connection, its edits to send and how far it got. */
export interface Member {
  readonly client: LoadClient;
  readonly table: number;
  readonly source: EditSource;
  edits: GeneratedEdit[];
  sent: number;
  /** The writer's clock after the last edit it sent. */
  clock: number;
}

/** Yjs client ids of the load clients start here (probes and seeders pick random ones). */
const FIRST_CLIENT_ID = 100_000;

/**
 * Seats `perTable` participants at each table (joined through the server's catalogue, before
 * anything is measured), connects them and waits until all synced. Each writes under its own
 * Yjs client id, as the person it joined as.
 */
export async function buildCrowd(options: {
  readonly server: ServerProcess;
  readonly tables: ReadonlyArray<{ id: string; base: Uint8Array }>;
  readonly perTable: number;
  readonly seed: number;
}): Promise<Member[]> {
  const { server, tables, perTable } = options;
  const members: Member[] = [];
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    const framing = framingFor(server.kind, table.id);
    const people = Array.from({ length: perTable }, (_, c) => ({
      name: `Partecipante ${c}`,
      organisation: `Azienda ${c % 7}`,
    }));
    const seats = await server.guests.join(table.id, 'participant', people);
    for (const seat of seats) {
      const number = members.length;
      const actor: Actor = {
        id: seat.participantId,
        role: 'participant',
      };
      const clientId = FIRST_CLIENT_ID + number;
      const source = new EditSource(table.base, actor, clientId, framing, options.seed + number);
      const url = clientUrl(server, table.id, seat.token);
      const client = new LoadClient(url, framing, number, clientId, null, {
        syncedOnOpen: server.kind === 'relay',
      });
      members.push({ client, table: t, source, edits: [], sent: 0, clock: 0 });
    }
  }
  await connectAll(members.map((m) => m.client));
  return members;
}

/**
 * Queues `each` new edits per member, indexed from `firstIndex` on, after what it has not sent
 * yet (edits build on each other, so none may be skipped); returns the next free index.
 */
export function refill(members: readonly Member[], each: number, firstIndex: number): number {
  let index = firstIndex;
  for (const m of members) {
    m.edits = [...m.edits.slice(m.sent), ...m.source.next(each, index)];
    m.sent = 0;
    index += each;
  }
  return index;
}

/** Connects clients a batch at a time and waits until all are synced. */
export async function connectAll(clients: readonly LoadClient[], batch = 25): Promise<void> {
  for (let i = 0; i < clients.length; i += batch) {
    const group = clients.slice(i, i + batch);
    await Promise.all(group.map((c) => c.connect()));
    await within(Promise.all(group.map((c) => c.synced)), 60_000, 'clients syncing');
  }
}

/** Yjs client id -> clock each member of `table` reached with the edits it sent. */
export function sentClocks(members: readonly Member[], table: number): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const m of members)
    if (m.table === table && m.clock > 0) clocks.set(m.client.clientId, m.clock);
  return clocks;
}
