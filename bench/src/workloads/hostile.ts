import type { Actor } from '@tavolo/board';
import { parseConfig, type Bounds } from '@tavolo/server';
import { GeneratorMonitor, type GeneratorLoad } from '../clients/GeneratorMonitor.js';
import { restartWithColdLogs } from '../hostile/coldTables.js';
import { Attacker, type AttackPlan, type Pace } from '../hostile/Attacker.js';
import { EchoProbe, type PhaseLatency } from '../hostile/EchoProbe.js';
import {
  cardRewrites,
  parkedDenseFrame,
  parkedStringFrame,
  voteFloods,
} from '../hostile/frames.js';
import {
  MemoryWatch,
  scrapeMetrics,
  type MemoryPeaks,
  type MemorySample,
} from '../hostile/MemoryWatch.js';
import {
  HOSTILE_MESSAGE_BYTES,
  type HostileScenario,
  type HostileTiming,
} from '../hostile/scenarios.js';
import { seedTables } from '../servers/seedTables.js';
import { startServer, type ServerProcess, type ServerStats } from '../servers/ServerProcess.js';
import type { Seat } from '../servers/Guests.js';
import { clientUrl } from '../servers/targets.js';

/** What one H1 scenario did to our server. */
export interface HostileResult {
  /** Ours; y-websocket-server only as a labelled contrast (it bounds nothing). */
  readonly server: 'ours' | 'yws';
  readonly scenario: HostileScenario;
  readonly timing: HostileTiming;
  /** The bounds the server ran with (its defaults: the bench sets none of them). */
  readonly bounds: Bounds;
  readonly attackers: number;
  readonly connectionsOpened: number;
  readonly messagesSent: number;
  readonly bytesSent: number;
  /** After a forced GC, every table and probe connected, before the attack. */
  readonly baseline: ServerStats;
  readonly peak: MemoryPeaks;
  /** After the attack and a forced GC (what stays held), if the server still answered. */
  readonly afterGc: ServerStats | null;
  /** Server CPU during the attack, share of one core. */
  readonly attackCpuShare: number;
  /** The generator's own load during the attack: when saturated, the probes' times are its own. */
  readonly generator: GeneratorLoad;
  /** Close codes and reasons the attackers' sockets saw (a socket that never reads sees none). */
  readonly closesSeen: Record<string, number>;
  /** The server's own counts: closes by code, refused writes by reason (GET /metrics). */
  readonly serverCounts: Record<string, number>;
  readonly probes: Array<{
    readonly table: string;
    readonly phases: PhaseLatency[];
    readonly closed: Array<number | null>;
  }>;
  /** Seconds into the attack when the resident set passed the safety cap (killed), or null. */
  readonly cappedAtS: number | null;
  /** How the server process ended during the run ('signal SIGABRT'…), or null. */
  readonly serverEnded: string | null;
  readonly samples: MemorySample[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FIRST_ATTACKER_ID = 200_000;

/** The rate limits and bounds our bench server runs with: the server's own defaults. */
function serverDefaults() {
  const config = parseConfig({}, { cwd: '/', webDir: '/' });
  const r = config.rateLimit;
  const pace: Pace = {
    messagesPerSecond: r.perSecond,
    messagesBurst: r.burst,
    bytesPerSecond: r.bytesPerSecond,
    bytesBurst: r.bytesBurst,
  };
  return { pace, bounds: config.bounds };
}

/**
 * H1: the worst clients we could build against one of our server's bounds, on a freshly
 * started server pinned to core 0. Every attacker is a real participant (seated before the
 * run). Memory is sampled throughout; two honest participants edit at a quiet table (and,
 * when the tables are not cold, two more at an attacked one) before, during and after.
 */
export async function runHostile(
  scenario: HostileScenario,
  timing: HostileTiming,
  kind: 'ours' | 'yws' = 'ours',
): Promise<HostileResult> {
  const { pace, bounds } = serverDefaults();
  if (kind !== 'ours' && scenario.coldLog > 0) throw new Error('cold tables are ours only');
  let server = await startServer(kind, { core: 0 });
  try {
    const tables = await seedTables(server, scenario.rooms + 1, 5);
    const attacked = tables.slice(0, scenario.rooms);
    const quiet = tables[scenario.rooms]!;
    const perRoom = scenario.parkers + scenario.writers + scenario.readers + scenario.voters;
    const seats: Seat[][] = [];
    for (const table of attacked) {
      const people = Array.from({ length: perRoom }, (_, i) => ({
        name: `Ostile ${i}`,
        organisation: 'Bench',
      }));
      seats.push(await server.guests.join(table.id, 'participant', people));
    }
    if (scenario.coldLog > 0) {
      const ids = attacked.map((t) => t.id);
      server = await restartWithColdLogs(server, ids, attacked[0]!.base, scenario.coldLog);
    }
    const probeEdits =
      Math.ceil(((timing.beforeS + timing.attackS + timing.afterS) * 1000) / 100) + 10;
    const probes = [
      {
        table: 'quiet',
        probe: await EchoProbe.open(server, quiet.id, quiet.base, {
          clientId: 900_000,
          edits: probeEdits,
          gapMs: 100,
        }),
      },
    ];
    if (scenario.coldLog === 0 && attacked.length > 0) {
      const t = attacked[0]!;
      probes.push({
        table: 'attacked',
        probe: await EchoProbe.open(server, t.id, t.base, {
          clientId: 900_010,
          edits: probeEdits,
          gapMs: 100,
        }),
      });
    }
    const attackers = plans(server, scenario, attacked, seats).map(
      (plan) => new Attacker(plan, pace),
    );

    const baseline = await server.ask('gcStats');
    const watch = new MemoryWatch(server);
    for (const p of probes) p.probe.start();
    await sleep(timing.beforeS * 1000);

    for (const p of probes) p.probe.phase = 'during';
    const attackFrom = watch.now;
    // Past the cap the server has shown what it does; it is killed, not left to take the machine.
    let cappedAtS: number | null = null;
    const guard = setInterval(() => {
      if (cappedAtS !== null || !(watch.rssNow > timing.rssCapBytes)) return;
      cappedAtS = (watch.now - attackFrom) / 1000;
      void server.stop('SIGKILL');
    }, 100);
    const cpu0 = server.cpuSeconds();
    const generator = new GeneratorMonitor();
    await Promise.all(attackers.map((a) => a.start()));
    while (watch.now - attackFrom < timing.attackS * 1000 && cappedAtS === null) await sleep(100);
    const attackCpuShare =
      cappedAtS !== null ? NaN : (server.cpuSeconds() - cpu0) / ((watch.now - attackFrom) / 1000);
    const generatorLoad = generator.read();
    generator.stop();
    for (const a of attackers) a.stop();

    for (const p of probes) p.probe.phase = 'after';
    for (let waited = 0; waited < timing.afterS * 1000 && cappedAtS === null; waited += 100) {
      await sleep(100);
    }
    for (const p of probes) await p.probe.stop(cappedAtS === null ? 5000 : 0);
    clearInterval(guard);
    watch.stop();
    const alive = !server.ended() && cappedAtS === null;
    const afterGc = alive ? await server.ask('gcStats') : null;
    const serverCounts = alive
      ? await scrapeMetrics(server, [
          'tavolo_closed_connections_total',
          'tavolo_rejected_writes_total',
        ])
      : {};
    const closesSeen: Record<string, number> = {};
    for (const a of attackers) {
      for (const [key, n] of a.closes) closesSeen[key] = (closesSeen[key] ?? 0) + n;
    }
    const sum = (key: 'connections' | 'messagesSent' | 'bytesSent') =>
      attackers.reduce((s, a) => s + a[key], 0);
    return {
      server: kind,
      scenario,
      timing,
      bounds,
      attackers: attackers.length,
      connectionsOpened: sum('connections'),
      messagesSent: sum('messagesSent'),
      bytesSent: sum('bytesSent'),
      baseline,
      peak: watch.peaks(),
      afterGc: afterGc && Number.isFinite(afterGc.rss) ? afterGc : null,
      attackCpuShare,
      generator: generatorLoad,
      closesSeen,
      serverCounts,
      probes: probes.map((p) => ({
        table: p.table,
        phases: p.probe.byPhase(),
        closed: p.probe.closeCodes,
      })),
      cappedAtS,
      serverEnded: cappedAtS === null ? server.ended() : null,
      samples: thin(watch.samples, 400),
    };
  } finally {
    await server.stop();
  }
}

/** Every attacker's plan, room by room: parkers, writers, readers, voters. */
function plans(
  server: ServerProcess,
  scenario: HostileScenario,
  tables: ReadonlyArray<{ id: string; base: Uint8Array }>,
  seats: readonly Seat[][],
): AttackPlan[] {
  const out: AttackPlan[] = [];
  let clientId = FIRST_ATTACKER_ID;
  tables.forEach((table, t) => {
    const mine = [...seats[t]!];
    const take = () => {
      const seat = mine.shift()!;
      const actor: Actor = {
        id: seat.participantId,
        role: 'participant',
      };
      return { url: clientUrl(server, table.id, seat.token), actor, clientId: clientId++ };
    };
    const base = {
      renewMs: 0,
      sendAtOnce: false,
      neverRead: false,
      perConnection: Infinity,
      reconnect: scenario.reconnect,
    };
    for (let i = 0; i < scenario.parkers; i++) {
      const { url, clientId: id } = take();
      const build = scenario.frame === 'dense' ? parkedDenseFrame : parkedStringFrame;
      const frame = build(id, HOSTILE_MESSAGE_BYTES);
      // Sent at once on connecting: on a cold table, they arrive while it loads.
      out.push({
        ...base,
        url,
        next: () => frame,
        sendAtOnce: true,
        neverRead: !scenario.parkersRead,
      });
    }
    for (let i = 0; i < scenario.writers; i++) {
      const { url, actor, clientId: id } = take();
      out.push({
        ...base,
        url,
        next: cardRewrites(table.base, actor, id, scenario.writerTextBytes),
      });
    }
    for (let i = 0; i < scenario.readers; i++) {
      out.push({
        ...base,
        url: take().url,
        next: null,
        neverRead: true,
        renewMs: scenario.renewReadersS * 1000,
      });
    }
    for (let i = 0; i < scenario.voters; i++) {
      const { url, actor, clientId: id } = take();
      out.push({
        ...base,
        url,
        next: voteFloods(actor.id, id, HOSTILE_MESSAGE_BYTES),
      });
    }
  });
  return out;
}

/** At most `n` samples, evenly picked, keeping the one with the largest resident set. */
function thin(samples: readonly MemorySample[], n: number): MemorySample[] {
  if (samples.length <= n) return [...samples];
  const step = samples.length / n;
  const kept = Array.from({ length: n }, (_, i) => samples[Math.floor(i * step)]!);
  const top = samples.reduce((a, b) => (b.rss > a.rss ? b : a));
  return kept.includes(top) ? kept : [...kept, top].sort((a, b) => a.t - b.t);
}
