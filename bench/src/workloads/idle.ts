import { initTable } from '@tavolo/board';
import * as Y from 'yjs';
import { connectAll } from '../clients/Crowd.js';
import { framingFor, updateBody } from '../clients/framing.js';
import { LoadClient } from '../clients/LoadClient.js';
import { startServer, type ServerKind, type ServerStats } from '../servers/ServerProcess.js';
import { clientUrl, createOurTables } from '../servers/targets.js';

/** Memory of idle rooms: what a room and what a connection cost after GC. */
export interface IdleResult {
  readonly server: ServerKind;
  readonly rooms: number;
  readonly baseline: ServerStats;
  readonly oneClient: ServerStats;
  readonly twoClients: ServerStats;
  readonly rssPerRoomKiB: number;
  readonly heapPerRoomKiB: number;
  readonly rssPerConnectionKiB: number;
  readonly heapPerConnectionKiB: number;
  /** CPU share of one core while everything sits idle for `idleS` seconds. */
  readonly idleCpuShare: number;
  readonly idleLoop: ServerStats['loopDelay'];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const kib = (bytes: number) => bytes / 1024;

/**
 * W4: `rooms` rooms with two idle clients each. Every room holds a freshly initialised board
 * (ours creates it through its API; a peer's first client sends the same layout). Memory is
 * read after a forced GC (the server runs with --expose-gc) with no room, with one client per
 * room, then with two; the differences give the cost of a room and of a connection.
 */
export async function runIdle(kind: ServerKind, rooms: number, idleS: number) {
  const server = await startServer(kind, { core: 0 });
  try {
    const ids =
      kind === 'ours'
        ? await createOurTables(server, rooms)
        : Array.from({ length: rooms }, (_, i) => `idle-${i}`);
    // Two people per table, seated before the baseline: joining is not what is measured.
    const seats: string[][] = [];
    for (const id of ids) {
      const people = [0, 1].map((n) => ({ name: `Persona ${n}`, organisation: 'Bench' }));
      seats.push((await server.guests.join(id, 'participant', people)).map((s) => s.token));
    }
    await sleep(1000);
    const baseline = await server.ask('gcStats');
    const open = (round: number) =>
      ids.map((id, i) => {
        const url = clientUrl(server, id, seats[i]![round]!);
        return new LoadClient(url, framingFor(kind, id), i, 1000 + round * rooms + i, null, {
          syncedOnOpen: kind === 'relay',
        });
      });
    const first = open(0);
    await connectAll(first, 100);
    if (kind === 'yws' || kind === 'hocuspocus') {
      // A peer starts with empty documents: the first client writes the board's layout.
      first.forEach((client, i) => client.sendBody(updateBody(layout(ids[i]!))));
    }
    await sleep(2000);
    const oneClient = await server.ask('gcStats');
    const second = open(1);
    await connectAll(second, 100);
    await sleep(2000);
    const twoClients = await server.ask('gcStats');
    await server.ask('resetLoopDelay');
    const cpu0 = server.cpuSeconds();
    await sleep(idleS * 1000);
    const idleCpuShare = (server.cpuSeconds() - cpu0) / idleS;
    const idle = await server.ask('stats');
    await Promise.all([...first, ...second].map((c) => c.closed()));
    const perConnection = (key: 'rss' | 'heapUsed') =>
      kib(twoClients[key] - oneClient[key]) / rooms;
    const perRoom = (key: 'rss' | 'heapUsed') =>
      kib(oneClient[key] - baseline[key]) / rooms - perConnection(key);
    return {
      server: kind,
      rooms,
      baseline,
      oneClient,
      twoClients,
      rssPerRoomKiB: perRoom('rss'),
      heapPerRoomKiB: perRoom('heapUsed'),
      rssPerConnectionKiB: perConnection('rss'),
      heapPerConnectionKiB: perConnection('heapUsed'),
      idleCpuShare,
      idleLoop: idle.loopDelay,
    } satisfies IdleResult;
  } finally {
    await server.stop();
  }
}

/** A new table's document, as our server's API would create it. */
function layout(id: string): Uint8Array {
  const doc = new Y.Doc();
  initTable(doc, { tableId: id, title: id, templateId: 'skillNeeds' });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
