import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@tavolo/server';
import { Guests } from './Guests.js';
import type { ServerKind } from './serverKinds.js';

export { SERVER_KINDS, SERVER_LABELS, type ServerKind } from './serverKinds.js';

/** What the monitor preloaded into a server process reports (see monitor.ts). */
export interface ServerStats {
  readonly loopDelay: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly rss: number;
  readonly heapUsed: number;
  /** Memory outside the JS heap (Buffers and ArrayBuffers included); absent in old results. */
  readonly external?: number;
  readonly arrayBuffers?: number;
}

const UNKNOWN_STATS: ServerStats = {
  loopDelay: { p50: NaN, p99: NaN, max: NaN },
  rss: NaN,
  heapUsed: NaN,
  external: NaN,
  arrayBuffers: NaN,
};

/** Shared secret and admin key of our server in every run. */
export const BENCH_SECRET = 'bench-secret';
export const BENCH_ADMIN_KEY = 'bench-admin-key-0123456789abcdef';

/**
 * Our server's folder: this checkout's, or another build's (TAVOLO_BENCH_OURS_DIR, e.g. an
 * older commit's apps/server in another worktree) to measure two builds with the same harness.
 */
const SERVER_DIR =
  process.env.TAVOLO_BENCH_OURS_DIR ??
  fileURLToPath(new URL('../../../apps/server', import.meta.url));
const BENCH_DIR = fileURLToPath(new URL('../..', import.meta.url));
const MONITOR = fileURLToPath(new URL('./monitor.ts', import.meta.url));

/** A server under test running in its own process, pinned to one core. */
export interface ServerProcess {
  readonly kind: ServerKind;
  readonly port: number;
  readonly pid: number;
  readonly dataDir: string;
  /** Seats simulated people at tables (through invitations on ours). */
  readonly guests: Guests;
  /** CPU seconds (user + system) used so far, from /proc/<pid>/stat. */
  cpuSeconds(): number;
  /** Asks the preloaded monitor: reset the loop-delay histogram, read stats, or GC then read. */
  ask(type: 'resetLoopDelay' | 'stats' | 'gcStats'): Promise<ServerStats>;
  /** How the process ended ('code 134', 'signal SIGKILL'), or null while it runs. */
  ended(): string | null;
  /** The last lines it wrote (stderr and stdout), for a process that died. */
  tail(): string;
  /** SIGTERM (clean stop) or SIGKILL (crash); resolves when the process is gone. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

export interface StartOptions {
  readonly core?: number;
  /** Reuse a data folder (restart); a fresh one otherwise. */
  readonly dataDir?: string;
  readonly env?: Record<string, string>;
  /** Write a V8 CPU profile into this folder when the process exits. */
  readonly cpuProfDir?: string;
}

/** Every server process started and not yet gone, to kill when a workload gives up on one. */
const live = new Set<ChildProcess>();

/** Kills (SIGKILL) every server still running: after a workload timed out. */
export function killAllServers(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

/** Starts `kind` in a child process: ours as shipped (src/main.ts), a peer via peerMain.ts. */
export async function startServer(kind: ServerKind, options: StartOptions = {}) {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), `bench-${kind}-`));
  const pin = options.core === undefined ? [] : ['taskset', '-c', String(options.core)];
  const prof = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  const node = [process.execPath, '--expose-gc', ...prof, '--import', 'tsx', '--import', MONITOR];
  const ours = kind === 'ours';
  const argv = [...pin, ...node, ...(ours ? ['src/main.ts'] : ['src/servers/peerMain.ts', kind])];
  const child: ChildProcess = spawn(argv[0]!, argv.slice(1), {
    cwd: ours ? SERVER_DIR : BENCH_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      TAVOLO_DATA_DIR: dataDir,
      TAVOLO_SECRET: BENCH_SECRET,
      TAVOLO_ADMIN_KEY: BENCH_ADMIN_KEY,
      TAVOLO_SEED_DEMO: '0',
      // Every simulated person joins from 127.0.0.1: the per-address limits on joining (meant
      // for code guessing) would otherwise stop the crowd being seated before the run.
      TAVOLO_INVITE_LIMIT_PER_MIN: '1000000',
      TAVOLO_JOIN_LIMIT_PER_MIN: '1000000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stderr!.on('data', keep);
  await new Promise<void>((resolve, reject) => {
    const ready = ours ? 'Tavolo is ready' : 'peer ready';
    child.stdout!.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (tail.includes(ready)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}: ${tail}`)));
    setTimeout(() => reject(new Error(`${kind} not ready after 60 s: ${tail}`)), 60_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let nextId = 1;
  const waiting = new Map<number, (stats: ServerStats) => void>();
  child.on('message', (message: ServerStats & { id: number }) => {
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  const server: ServerProcess = {
    kind,
    port,
    pid: child.pid!,
    dataDir,
    guests: new Guests({ kind, port }, BENCH_ADMIN_KEY),
    cpuSeconds() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    ask: (type) =>
      new Promise((resolve) => {
        const id = nextId++;
        // A server drowning in its own backlog may answer very late: report it as unknown.
        const timer = setTimeout(() => {
          waiting.delete(id);
          resolve(UNKNOWN_STATS);
        }, 30_000);
        waiting.set(id, (stats) => {
          clearTimeout(timer);
          resolve(stats);
        });
        child.send({ id, type });
      }),
    ended() {
      if (child.exitCode !== null) return `code ${child.exitCode}`;
      return child.signalCode !== null ? `signal ${child.signalCode}` : null;
    },
    tail: () => tail,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return server;
}
