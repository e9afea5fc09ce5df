import { connectAll } from '../clients/Crowd.js';
import { framingFor } from '../clients/framing.js';
import { LoadClient } from '../clients/LoadClient.js';
import { startServer, type ServerKind, type ServerProcess } from '../servers/ServerProcess.js';
import { clientUrl } from '../servers/targets.js';
import { boardUpdates, pushThroughProtocol, storeBoard } from './storedBoard.js';
import { initTable } from '@tavolo/board';
import * as Y from 'yjs';

/** How a board reached the server before the measurement. */
export type BoardSource = 'stored (cold)' | 'in memory (no persistence)' | 'none (relay)';

/** W5: connect-to-synced times of one client on a freshly started server, repeated. */
export interface ColdLoadResult {
  readonly server: ServerKind;
  readonly source: BoardSource;
  readonly documentBytes: number;
  readonly updates: number;
  readonly syncMs: number[];
  readonly medianMs: number;
}

/** W6: many clients joining one room at once. */
export interface JoinStormResult {
  readonly server: ServerKind;
  readonly source: BoardSource;
  readonly clients: number;
  readonly documentBytes: number;
  readonly p50Ms: number;
  readonly allSyncedMs: number;
  readonly failed: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Gets a server running with the board: ours and Hocuspocus restart on their stored data
 * (the room is loaded by the first join); y-websocket-server keeps documents in memory only, so
 * it is sent the board first; the relay has no document at all.
 */
async function boardServers(
  kind: ServerKind,
  updates: number,
  textLength: number,
  joiners: number,
  cpuProfDir?: string,
) {
  const stored = await storeBoard(kind, updates, textLength, joiners, cpuProfDir);
  if (stored) {
    return {
      source: 'stored (cold)' as BoardSource,
      tableId: stored.tableId,
      documentBytes: stored.documentBytes,
      tokens: stored.tokens,
      start: stored.start,
    };
  }
  const base = (() => {
    const doc = new Y.Doc();
    initTable(doc, {
      tableId: 'board',
      title: 'board',
      templateId: 'skillNeeds',
      phase: 'sharing',
    });
    return Y.encodeStateAsUpdate(doc);
  })();
  const all = [base, ...boardUpdates(base, updates, textLength)];
  const doc = new Y.Doc();
  for (const u of all) Y.applyUpdate(doc, u);
  const documentBytes = Y.encodeStateAsUpdate(doc).length;
  return {
    source: (kind === 'relay' ? 'none (relay)' : 'in memory (no persistence)') as BoardSource,
    tableId: 'board',
    documentBytes,
    // Only ours checks tokens, and ours always stores its board (above).
    tokens: Array.from({ length: joiners }, () => ''),
    start: async (): Promise<ServerProcess> => {
      const server = await startServer(kind, { core: 0 });
      if (kind === 'yws') await pushThroughProtocol(server, 'board', all);
      return server;
    },
  };
}

function joiner(server: ServerProcess, tableId: string, token: string, i: number): LoadClient {
  const url = clientUrl(server, tableId, token);
  return new LoadClient(url, framingFor(server.kind, tableId), i, 5000 + i, null, {
    syncedOnOpen: server.kind === 'relay',
  });
}

/** W5: a board of `updates` log entries loaded cold, `repeat` times (crash-stopped between). */
export async function runColdLoad(
  kind: ServerKind,
  updates: number,
  textLength: number,
  repeat: number,
): Promise<ColdLoadResult> {
  const board = await boardServers(kind, updates, textLength, 1);
  const syncMs: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const server = await board.start();
    try {
      const client = joiner(server, board.tableId, board.tokens[0]!, 0);
      const t0 = performance.now();
      await client.connect();
      syncMs.push((await client.synced) - t0);
      await client.closed();
    } finally {
      // SIGKILL: a clean stop would compact our log (or re-store Hocuspocus's document).
      await server.stop('SIGKILL');
    }
  }
  return {
    server: kind,
    source: board.source,
    documentBytes: board.documentBytes,
    updates,
    syncMs,
    medianMs: median(syncMs),
  };
}

/** W6: `clients` clients open one room at the same moment; time until every one is synced. */
export async function runJoinStorm(
  kind: ServerKind,
  clients: number,
  updates: number,
  textLength: number,
  cpuProfDir?: string,
): Promise<JoinStormResult> {
  const board = await boardServers(kind, updates, textLength, clients, cpuProfDir);
  const server = await board.start();
  try {
    const joiners = board.tokens.map((token, i) => joiner(server, board.tableId, token, i));
    const t0 = performance.now();
    const times = await Promise.all(
      joiners.map(async (c) => {
        try {
          await c.connect();
          return (await Promise.race([c.synced, sleep(30_000).then(() => NaN)])) - t0;
        } catch {
          return NaN;
        }
      }),
    );
    const ok = times.filter((t) => Number.isFinite(t));
    await Promise.all(joiners.map((c) => c.closed()));
    return {
      server: kind,
      source: board.source,
      clients,
      documentBytes: board.documentBytes,
      p50Ms: median(ok),
      allSyncedMs: Math.max(...ok),
      failed: clients - ok.length,
    };
  } finally {
    // A profiled server writes its profile only when it may exit by itself.
    await server.stop(cpuProfDir ? 'SIGTERM' : 'SIGKILL');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export { connectAll };
