import { buildCrowd, refill, sentClocks, type Member } from '../clients/Crowd.js';
import {
  coreBusySeconds,
  GeneratorMonitor,
  type GeneratorLoad,
} from '../clients/GeneratorMonitor.js';
import { converge, probeToken, startProbe, type Probe } from '../clients/probes.js';
import { DELIVERY_DEADLINE_MS, Recorder, type LatencySummary } from '../clients/Recorder.js';
import { prng } from '../clients/prng.js';
import { within } from '../clients/within.js';
import { seedTables } from '../servers/seedTables.js';
import {
  startServer,
  type ServerKind,
  type ServerProcess,
  type ServerStats,
} from '../servers/ServerProcess.js';

/** A live editing workload: tables of clients editing and sending presence at fixed rates. */
export interface LiveSpec {
  readonly tables: number;
  readonly clientsPerTable: number;
  /** Presence messages per second of each client. */
  readonly presenceHz: number;
  readonly warmupS: number;
  readonly measureS: number;
  /** Cards the moderator wrote before the run. */
  readonly seedCards: number;
}

/** What one server did in one step (one edit rate). */
export interface LiveStep {
  readonly server: ServerKind;
  /** Edits per second of each client. */
  readonly editRate: number;
  readonly totalEditRate: number;
  readonly latency: LatencySummary;
  /** Server CPU per delivered edit (one edit reaching one recipient), microseconds. */
  readonly cpuMicrosPerDelivery: number;
  readonly serverCpuShare: number;
  readonly serverLoop: ServerStats['loopDelay'];
  readonly serverRss: number;
  readonly generator: GeneratorLoad;
  readonly awarenessPerClientPerS: number;
  /**
   * Share of each core used by processes other than the server (core 0) and the generator
   * (core 1) during the step: other jobs on a shared machine disturb the measurement.
   */
  readonly otherLoad: readonly [number, number];
  /** Null when the probes converged after the run, else what failed (set on every step). */
  convergence: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs steps of rising edit rates against one freshly started `kind` server pinned to core 0,
 * the same clients staying connected, until `rates` are done or `stop` says so; then checks
 * that real provider probes converged with everything sent.
 */
export async function runLive(
  kind: ServerKind,
  spec: LiveSpec,
  rates: readonly number[],
  options: { seed: number; cpuProfDir?: string; stop?: (step: LiveStep) => boolean },
): Promise<LiveStep[]> {
  const server = await startServer(kind, { core: 0, cpuProfDir: options.cpuProfDir });
  try {
    const tables = await seedTables(server, spec.tables, spec.seedCards);
    const members = await buildCrowd({
      server,
      tables,
      perTable: spec.clientsPerTable,
      seed: options.seed,
    });
    const probeTables = Math.min(2, spec.tables);
    const probes: Probe[][] = [];
    for (let t = 0; t < probeTables; t++) {
      const { id, base } = tables[t]!;
      probes.push([
        startProbe(server, id, base, await probeToken(server, id, 'probe-a')),
        startProbe(server, id, base, await probeToken(server, id, 'probe-b')),
      ]);
    }
    const lateTokens: string[] = [];
    for (let t = 0; t < probeTables; t++) {
      lateTokens.push(await probeToken(server, tables[t]!.id, 'probe-late'));
    }
    await within(Promise.all(probes.flat().map((p) => p.synced)), 60_000, 'probes syncing');

    const steps: LiveStep[] = [];
    let nextIndex = 0;
    // A step that fails is run once more: on a shared machine one stall can fail a short step.
    for (let r = 0, retried = false; r < rates.length; r++) {
      const rate = rates[r]!;
      const each = Math.ceil(rate * (spec.warmupS + spec.measureS) * 1.1) + 1;
      const first = nextIndex;
      nextIndex = refill(members, each, first);
      const recorder = new Recorder(nextIndex - first, first);
      const step = await runStep(server, members, spec, rate, recorder, options.seed);
      steps.push(step);
      if (!options.stop?.(step)) {
        retried = false;
      } else if (retried) {
        break;
      } else {
        retried = true;
        r--;
      }
    }

    let convergence: string | null = null;
    for (let t = 0; t < probeTables && !convergence; t++) {
      const { id, base } = tables[t]!;
      const late = kind === 'relay' ? [] : [startProbe(server, id, base, lateTokens[t]!)];
      try {
        await within(Promise.all(late.map((p) => p.synced)), 20_000, 'a late probe syncing');
        convergence = await converge([...probes[t]!, ...late], sentClocks(members, t));
      } catch (err) {
        convergence = err instanceof Error ? err.message : String(err);
      }
      for (const p of late) p.destroy();
    }
    for (const p of probes.flat()) p.destroy();
    await Promise.all(members.map((m) => m.client.closed()));
    for (const m of members) m.source.destroy();
    const refused = members.find((m) => m.client.closeCode !== null && m.client.closeCode >= 4000);
    if (refused && !convergence)
      convergence = `a client was closed with ${refused.client.closeCode}`;
    for (const step of steps) step.convergence = convergence;
    return steps;
  } finally {
    await server.stop();
  }
}

async function runStep(
  server: ServerProcess,
  members: Member[],
  spec: LiveSpec,
  rate: number,
  recorder: Recorder,
  seed: number,
): Promise<LiveStep> {
  for (const m of members) m.client.recorder = recorder;
  const generator = new GeneratorMonitor();
  let measuring = false;
  const stopLoad = drive(members, spec, rate, recorder, () => measuring, seed);
  await sleep(spec.warmupS * 1000);
  // Not awaited: a swamped server answers late, and the window must start now.
  void server.ask('resetLoopDelay');
  const cpu0 = server.cpuSeconds();
  const wall0 = performance.now();
  const awareness0 = recorder.awarenessMessages;
  const cores0 = coreBusySeconds();
  const ownCpu0 = process.cpuUsage();
  generator.reset();
  measuring = true;
  await sleep(spec.measureS * 1000);
  measuring = false;
  const generatorLoad = generator.read();
  const cpu = server.cpuSeconds() - cpu0;
  const wall = (performance.now() - wall0) / 1000;
  const cores = coreBusySeconds().map((busy, i) => busy - cores0[i]!);
  const own = process.cpuUsage(ownCpu0);
  const generatorCpu = (own.user + own.system) / 1e6;
  const otherLoad: [number, number] = [
    Math.max(0, (cores[0]! - cpu) / wall),
    Math.max(0, (cores[1]! - generatorCpu) / wall),
  ];
  const awareness = recorder.awarenessMessages - awareness0;
  const asked = server.ask('stats');
  stopLoad();
  const stats = await asked;
  generator.stop();
  const deadline = performance.now() + DELIVERY_DEADLINE_MS;
  while (!recorder.complete && performance.now() < deadline) await sleep(50);
  const latency = recorder.summary();
  return {
    server: server.kind,
    editRate: rate,
    totalEditRate: rate * members.length,
    latency,
    cpuMicrosPerDelivery: latency.deliveries > 0 ? (cpu * 1e6) / latency.deliveries : NaN,
    serverCpuShare: cpu / wall,
    serverLoop: stats.loopDelay,
    serverRss: stats.rss,
    generator: generatorLoad,
    awarenessPerClientPerS: awareness / members.length / wall,
    otherLoad,
    convergence: null,
  };
}

/**
 * Sends every member's edits and presence at their rates, each client with its own random
 * phase so that sends spread evenly. Returns a function that stops sending.
 */
function drive(
  members: Member[],
  spec: LiveSpec,
  rate: number,
  recorder: Recorder,
  measuring: () => boolean,
  seed: number,
): () => void {
  const random = prng(seed);
  const editGap = 1000 / rate;
  const presenceGap = spec.presenceHz > 0 ? 1000 / spec.presenceHz : Infinity;
  const start = performance.now();
  const nextEdit = members.map(() => start + random() * editGap);
  const nextPresence = members.map(() => start + random() * presenceGap);
  const receivers = spec.clientsPerTable - 1;
  const timer = setInterval(() => {
    const now = performance.now();
    for (let i = 0; i < members.length; i++) {
      const m = members[i]!;
      if (!m.client.isOpen) continue;
      if (now >= nextEdit[i]! && m.sent < m.edits.length) {
        const edit = m.edits[m.sent++]!;
        const micros = m.client.sendEdit(edit);
        m.clock = edit.clockAfter;
        recorder.sent(edit.index, m.client.number, micros, receivers, measuring());
        // Jitter of ±10% keeps clients from locking into step with each other.
        nextEdit[i]! += editGap * (0.9 + 0.2 * random());
      }
      if (now >= nextPresence[i]!) {
        m.client.sendPresence({
          user: { role: 'participant', colour: '#3a6' },
          editing: m.sent > 0 ? `${i}` : null,
          section: 'needs',
        });
        nextPresence[i]! += presenceGap;
      }
    }
  }, 1);
  return () => clearInterval(timer);
}
