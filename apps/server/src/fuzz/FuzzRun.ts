import { join } from 'node:path';
import type { Role } from '@tavolo/board';
import * as Y from 'yjs';
import { SqliteDocStore } from '../store/SqliteDocStore.js';
import { openDatabase } from '../store/openDatabase.js';
import { Lane, type FuzzShared } from './Lane.js';
import type { OracleContext } from './oracle.js';
import { enter, type Person } from './people.js';
import { syncStep1 } from './frames.js';
import { RawClient } from './RawClient.js';
import { TavoloProcess } from './TavoloProcess.js';
import { until } from '../testing/until.js';

/** How long and how hard to fuzz. */
export interface FuzzOptions {
  readonly seed: number;
  /** Stop after this many frames… */
  readonly frames: number;
  /** …or after this long. */
  readonly limitMs: number;
  /** Crashes (or stalls) after which the server is not started again. */
  readonly maxCrashes: number;
  /** A round trip to another table slower than this is a liveness failure. */
  readonly livenessMs: number;
  /** Kinds of mutant not to send, to look past holes already known (see README.md). */
  readonly exclude?: readonly string[];
  /** Told how the run goes every few seconds (for long runs by hand). */
  readonly progress?: (line: string) => void;
}

/** What a run observed, for the invariants. */
export interface FuzzReport {
  readonly frames: number;
  readonly seconds: number;
  readonly kinds: Record<string, number>;
  readonly closes: Record<string, number>;
  /** stderr of every crash, and every stall, in order. */
  readonly crashes: string[];
  readonly slowestProbeMs: number;
  readonly probes: number;
  readonly peakRssBytes: number;
  /** Every update the watcher (a moderator in the fuzzed room) was sent. */
  readonly watched: Uint8Array[];
  /** The board as stored in the SQLite file once the server stopped. */
  readonly stored: Y.Doc;
  /** Why stored updates could not be applied, if any could not. */
  readonly unloadable: string[];
  /** Whether every lane could send what the server lacked, and sync, at the end. */
  readonly synced: boolean;
  readonly oracle: OracleContext;
  /** The honest replicas of the writing lanes, synced at the end, and their client ids. */
  readonly honest: Array<{ readonly doc: Y.Doc; readonly clients: number[] }>;
}

const TABLE = 'robotica';
const PROBE_TABLE = 'oleodinamica';
/** Lanes: who fuzzes, and how many connections of each role. */
const LANE_ROLES: Role[] = ['participant', 'participant', 'moderator', 'secretariat', 'observer'];

/** Runs the fuzzer against the real server in a child process and reports what it saw. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const server = await TavoloProcess.start({
    TAVOLO_RATE_LIMIT: '1000000',
    TAVOLO_RATE_BURST: '1000000',
  });
  const crashes: string[] = [];
  let fatal = false;
  let frames = 0;
  const kinds: Record<string, number> = {};
  const closes: Record<string, number> = {};
  const done = () => fatal || frames >= options.frames || Date.now() - started > options.limitMs;
  let stalled = false;
  let ready: Promise<void> = Promise.resolve();
  let markUp = () => {};

  const people = await Promise.all(
    LANE_ROLES.map((role, i) =>
      enter(server, TABLE, role, { name: `Persona ${i}`, organisation: `Impresa ${i}` }),
    ),
  );
  const before = new RawClient(
    server.wsUrl,
    TABLE,
    (await enter(server, TABLE, 'secretariat')).token,
  );
  const initialDoc = new Y.Doc();
  Y.applyUpdate(initialDoc, (await before.roundTrip()).update);
  await before.close();
  const initial = Y.decodeStateVector(Y.encodeStateVector(initialDoc));

  const lanes: Lane[] = [];
  const shared: FuzzShared = {
    server,
    table: TABLE,
    up: () => ready,
    pool: [],
    lanes,
    participants: people.filter((p) => p.role === 'participant'),
    seedClients: [...initial.keys()],
    exclude: new Set(options.exclude ?? []),
    done,
    count: (kind) => {
      frames++;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    },
    closed: (code, reason) => {
      const key = `${code} ${reason}`;
      closes[key] = (closes[key] ?? 0) + 1;
    },
  };
  people.forEach((person, i) => lanes.push(new Lane(person, shared, options.seed * 31 + i)));

  // The server is restarted after a crash (or a stall), up to maxCrashes times.
  const supervising = (async () => {
    while (!done()) {
      await server.exited();
      if (done() && !fatal) return;
      const suspects = [...new Set(lanes.flatMap((l) => l.inFlight))].join(', ');
      crashes.push(
        `${
          stalled
            ? `stalled: another table was not answered within ${options.livenessMs} ms`
            : (server.crashes.at(-1) ?? 'exited')
        }\nmutants in flight: ${suspects || 'none'}`,
      );
      stalled = false;
      ready = new Promise((resolve) => (markUp = resolve));
      if (crashes.length > options.maxCrashes) {
        fatal = true;
        markUp();
        return;
      }
      await server.restart();
      markUp();
    }
  })();

  let peak = server.rssBytes() ?? 0;
  let ticks = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, server.rssBytes() ?? 0);
    if (++ticks % 50 === 0) {
      options.progress?.(`${frames} frames, ${crashes.length} crashes, ${JSON.stringify(closes)}`);
    }
  }, 100);
  const watcher = watch(
    server,
    await enter(server, TABLE, 'moderator', { name: 'Osservatrice', organisation: 'Clust-ER' }),
    done,
    () => ready,
  );
  const probe = probeWhile(
    server,
    await enter(server, PROBE_TABLE, 'secretariat'),
    options.livenessMs,
    done,
    () => ready,
    () => {
      stalled = true;
      server.killStalled();
    },
  );
  await Promise.all(lanes.map((lane) => lane.run()));
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  const watched = await watcher;
  const { slowest, probes } = await probe;
  let synced = 0;
  if (server.alive && (await server.health()) === 200) {
    for (const lane of lanes)
      if (
        await lane.finalSync().then(
          () => true,
          () => false,
        )
      )
        synced++;
  }
  if ((await server.stopWithin(15_000)) === 'killed') {
    crashes.push('did not exit within 15 s of SIGTERM (it should store every room and exit)');
  }
  await supervising;

  const db = openDatabase(join(server.dataDir, 'tavolo.sqlite'));
  const store = new SqliteDocStore(db);
  const { snapshot, updates } = await store.load(TABLE);
  await store.close();
  // Update by update: a board Yjs cannot load whole (a stack overflow) is still inspected.
  const stored = new Y.Doc({ gc: false });
  const unloadable: string[] = [];
  for (const update of snapshot ? [snapshot, ...updates] : updates) {
    try {
      Y.applyUpdate(stored, update);
    } catch (err) {
      unloadable.push(`0: a stored update cannot be applied: ${String(err)}`);
    }
  }
  db.close();

  const of = (roles: Role[]) => lanes.filter((l) => roles.includes(l.role));
  const writers = of(['participant', 'moderator', 'secretariat']).length;
  return {
    frames,
    seconds,
    kinds,
    closes,
    crashes,
    slowestProbeMs: slowest,
    probes,
    peakRssBytes: peak,
    watched,
    stored,
    unloadable,
    synced: synced === lanes.length,
    honest: of(['participant', 'moderator', 'secretariat']).map((l) => ({
      doc: l.agent.doc,
      clients: [...l.agent.clients],
    })),
    oracle: {
      initial,
      identities: new Set([...people.map((p) => p.participantId), 'secretariat']),
      privileged: new Set(of(['moderator', 'secretariat']).flatMap((l) => [...l.agent.clients])),
      observers: new Set(of(['observer']).flatMap((l) => l.clients)),
      // Each writing person may add a few devices; nobody adds client ids by the thousand.
      maxClients: initial.size + 2 * lanes.length + 16 * writers,
    },
  };
}

/** A moderator in the fuzzed room recording every update it is sent, reconnecting as needed. */
async function watch(
  server: TavoloProcess,
  person: Person,
  done: () => boolean,
  up: () => Promise<void>,
) {
  const updates: Uint8Array[] = [];
  while (!done()) {
    await up();
    const client = new RawClient(server.wsUrl, TABLE, person.token, false);
    client.onFrame = () => {
      updates.push(...client.updates());
      client.frames.length = 0;
    };
    // The whole board, again after every reconnection: what a restarted server serves counts.
    client.send(syncStep1([]));
    await Promise.race([client.closed, until(done, 'the end of the run', 24 * 3600_000)]);
    await client.close();
  }
  return updates;
}

/** Round trips to another table every 100 ms; calls `stalled` when one is not answered in time. */
async function probeWhile(
  server: TavoloProcess,
  person: Person,
  livenessMs: number,
  done: () => boolean,
  up: () => Promise<void>,
  stalled: () => void,
) {
  let slowest = 0;
  let probes = 0;
  while (!done()) {
    await up();
    const client = new RawClient(server.wsUrl, PROBE_TABLE, person.token);
    try {
      await client.greeted(livenessMs);
      while (!done()) {
        const { ms } = await client.roundTrip([], livenessMs);
        slowest = Math.max(slowest, ms);
        probes++;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } catch {
      if (client.closedWith === null && server.alive) {
        slowest = Infinity;
        stalled();
      }
    }
    client.ws.terminate();
  }
  return { slowest, probes };
}
