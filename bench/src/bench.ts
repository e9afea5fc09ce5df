/**
 * The side-by-side suite (issue 8): our server, y-websocket-server, Hocuspocus and a raw relay
 * under the same workloads, then the client side in Chromium. Writes bench/results/<mode>.json,
 * docs/bench-<mode>.svg and the tables in docs/benchmarks.md.
 *   pnpm bench [--quick] [--only=W1,W4,H1,client [--merge]] [--servers=ours,yws] [--cpu-prof=<dir>]
 *              [--scenarios=H1a,H1c] [--h1-contrast]
 * H1 (hostile clients) runs against ours only. TAVOLO_BENCH_OURS_DIR=<path to apps/server> runs
 * another build of ours (e.g. an older commit's, in another worktree) under this harness.
 * --merge replaces the workloads run in the saved results of the mode and rewrites the docs.
 */
import { cpus, loadavg } from 'node:os';
import { runBrowserBench } from './browser/clientBench.js';
import { allowedCores } from './clients/GeneratorMonitor.js';
import { FULL, QUICK } from './config.js';
import type { SuiteResults } from './report/results.js';
import { sustainable } from './report/results.js';
import { resultsFile, writeDocs } from './report/writeDocs.js';
import { readFileSync } from 'node:fs';
import { killAllServers, SERVER_KINDS, type ServerKind } from './servers/ServerProcess.js';
import { within } from './clients/within.js';
import { runColdLoad, runJoinStorm } from './workloads/coldStart.js';
import { HOSTILE_SCENARIOS } from './hostile/scenarios.js';
import { runHostile } from './workloads/hostile.js';
import { runIdle } from './workloads/idle.js';
import { runLive, type LiveStep } from './workloads/live.js';

const args = process.argv.slice(2);
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null;
const config = args.includes('--quick') ? QUICK : FULL;
const only = option('only')?.split(',') ?? null;
const servers = (option('servers')?.split(',') as ServerKind[] | undefined) ?? [...SERVER_KINDS];
const cpuProfDir = option('cpu-prof') ?? undefined;
const wanted = (name: string) => !only || only.includes(name);
const started = Date.now();
const cores = allowedCores();
if (cores !== '1') console.warn(`the generator runs on cores ${cores}: start it with taskset -c 1`);

const results: SuiteResults = {
  meta: {
    mode: config.mode,
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(
      (await import('node:os')).totalmem() / 2 ** 30,
    )} GiB`,
    node: `Node ${process.version}`,
    versions: {
      yjs: '13.6.33',
      ws: '8.23.0',
      '@y/websocket-server': '0.1.1',
      '@hocuspocus/server': '3.4.4',
      '@hocuspocus/extension-sqlite': '3.4.4',
      'y-websocket (probe)': '3.1.0',
    },
    loadAverage: loadavg(),
    generatorCores: cores,
    minutes: 0,
  },
  w1: [],
  w2: [],
  w2b: [],
  w3: {},
  w4: [],
  w5: [],
  w6: [],
  h1: [],
  browser: null,
  errors: [],
};

// A provider destroyed while its socket is still connecting (a late probe of a swamped server)
// emits an error from inside ws after the fact: record it, do not let it end the suite.
process.on('uncaughtException', (err) => {
  const message = `uncaught: ${err.message}`;
  console.error(message);
  results.errors.push(message);
});

async function attempt(name: string, kind: string, work: () => Promise<void>) {
  const t0 = Date.now();
  try {
    // No workload of one server may hold the suite: past the limit its processes are killed.
    await within(work(), (config.mode === 'quick' ? 3 : 10) * 60_000, `${name} ${kind}`).catch(
      (err: unknown) => {
        killAllServers();
        throw err;
      },
    );
    console.log(`${name} ${kind}: done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } catch (err) {
    const message = `${name} ${kind}: ${err instanceof Error ? err.message : String(err)}`;
    console.error(message);
    results.errors.push(message);
  }
}

const brief = (s: LiveStep) =>
  `${s.server} ${s.totalEditRate}/s p50 ${s.latency.p50.toFixed(1)} p99 ${s.latency.p99.toFixed(1)} ms, cpu ${(s.serverCpuShare * 100).toFixed(0)}%`;

for (const kind of servers) {
  if (!wanted('W1')) break;
  await attempt('W1', kind, async () => {
    const [step] = await runLive(kind, config.w1, [config.w1.editRate], { seed: 1, cpuProfDir });
    results.w1.push(step!);
    console.log(brief(step!));
  });
}
for (const kind of servers) {
  if (!wanted('W2')) break;
  await attempt('W2', kind, async () => {
    const [step] = await runLive(kind, config.w2, [config.w2.editRate], { seed: 2, cpuProfDir });
    results.w2.push(step!);
    console.log(brief(step!));
  });
}
for (const kind of servers) {
  if (!wanted('W2b')) break;
  await attempt('W2b', kind, async () => {
    const [step] = await runLive(kind, config.w2b, [config.w2b.editRate], { seed: 2, cpuProfDir });
    results.w2b.push(step!);
    console.log(brief(step!));
  });
}
for (const kind of servers) {
  if (!wanted('W3')) break;
  await attempt('W3', kind, async () => {
    const steps = await runLive(kind, config.w3, config.w3.rates, {
      seed: 3,
      stop: (step) => {
        console.log(brief(step));
        return sustainable([step], config.w3.p99BoundMs).failed !== null;
      },
    });
    results.w3[kind] = steps;
  });
}
for (const kind of servers) {
  if (!wanted('W4')) break;
  await attempt('W4', kind, async () => {
    results.w4.push(await runIdle(kind, config.w4.rooms, config.w4.idleS));
  });
}
for (const kind of servers) {
  if (!wanted('W5')) break;
  await attempt('W5', kind, async () => {
    const { updates, textLength, repeat } = config.w5;
    results.w5.push(await runColdLoad(kind, updates, textLength, repeat));
  });
}
for (const kind of servers) {
  if (!wanted('W6')) break;
  await attempt('W6', kind, async () => {
    const { clients, updates, textLength } = config.w6;
    results.w6.push(await runJoinStorm(kind, clients, updates, textLength, cpuProfDir));
  });
}
const scenarioIds = option('scenarios')?.split(',') ?? config.h1.scenarios;
for (const scenario of HOSTILE_SCENARIOS.filter((s) => scenarioIds.includes(s.id))) {
  if (!wanted('H1') || !servers.includes('ours')) break;
  // y-websocket-server bounds nothing: with --h1-contrast it takes the same attack, labelled.
  const contrast = args.includes('--h1-contrast') && scenario.coldLog === 0;
  for (const kind of contrast ? (['ours', 'yws'] as const) : (['ours'] as const)) {
    await attempt(scenario.id, kind, async () => {
      const result = await runHostile(scenario, config.h1.timing, kind);
      results.h1!.push(result);
      const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
      console.log(
        `${scenario.id} ${kind}: peak RSS ${mib(result.peak.rss)}, heap ${mib(result.peak.heapUsed)} (baseline ${mib(result.baseline.rss)})`,
      );
    });
  }
}
if (wanted('client')) {
  await attempt('client', 'chromium', async () => {
    (results as { browser: SuiteResults['browser'] }).browser = await runBrowserBench(config.mode);
  });
}
(results.meta as { minutes: number }).minutes = (Date.now() - started) / 60_000;
if (args.includes('--merge')) {
  // Replace the workloads just run in the saved results of this mode, then rewrite the docs.
  const saved = JSON.parse(readFileSync(resultsFile(config.mode), 'utf8')) as SuiteResults;
  // The run's own date and load are kept beside the saved run's: the tables say which is which.
  const merge = {
    workloads: only ?? [],
    date: results.meta.date,
    loadAverage: results.meta.loadAverage,
    minutes: results.meta.minutes,
  };
  const meta = { ...saved.meta, merges: [...(saved.meta.merges ?? []), merge] };
  const merged = { ...saved, meta, errors: [...saved.errors, ...results.errors] } as Record<
    string,
    unknown
  >;
  for (const key of ['w1', 'w2', 'w2b', 'w3', 'w4', 'w5', 'w6', 'h1', 'browser'] as const) {
    const name = key === 'browser' ? 'client' : key.toUpperCase().replace('W2B', 'W2b');
    if (wanted(name)) merged[key] = results[key];
  }
  console.log(`written: ${writeDocs(merged as unknown as SuiteResults)}`);
} else if (only || option('servers')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(`written: ${writeDocs(results)}`);
}
process.exit(0);
