import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** A generator step is invalid when its own loop delay p99 or CPU share passes these. */
export const GENERATOR_LIMITS = { loopDelayP99Ms: 20, cpuShare: 0.9 } as const;

/**
 * Watches the load generator itself: when it is saturated, the latencies it measures are its
 * own queueing, not the server's, and the step must be marked invalid.
 */
export class GeneratorMonitor {
  private static readonly RESOLUTION_MS = 10;
  private readonly histogram = monitorEventLoopDelay({
    resolution: GeneratorMonitor.RESOLUTION_MS,
  });
  private cpu0 = process.cpuUsage();
  private wall0 = performance.now();

  constructor() {
    this.histogram.enable();
  }

  reset(): void {
    this.histogram.reset();
    this.cpu0 = process.cpuUsage();
    this.wall0 = performance.now();
  }

  read() {
    const cpu = process.cpuUsage(this.cpu0);
    const wallMs = performance.now() - this.wall0;
    const cpuShare = (cpu.user + cpu.system) / 1000 / wallMs;
    // Recorded values are whole timer intervals; the delay is what exceeds the resolution.
    const loopDelayP99 = Math.max(
      0,
      this.histogram.percentile(99) / 1e6 - GeneratorMonitor.RESOLUTION_MS,
    );
    const saturated =
      loopDelayP99 > GENERATOR_LIMITS.loopDelayP99Ms || cpuShare > GENERATOR_LIMITS.cpuShare;
    return { loopDelayP99, cpuShare, saturated };
  }

  stop(): void {
    this.histogram.disable();
  }
}

export type GeneratorLoad = ReturnType<GeneratorMonitor['read']>;

/** The cores this process may run on (Linux), e.g. "1". */
export function allowedCores(): string {
  const status = readFileSync('/proc/self/status', 'utf8');
  return /Cpus_allowed_list:\s*(\S+)/.exec(status)?.[1] ?? '?';
}

/** Busy CPU seconds of each core so far (Linux /proc/stat; USER_HZ = 100). */
export function coreBusySeconds(): number[] {
  const lines = readFileSync('/proc/stat', 'utf8').split('\n');
  const out: number[] = [];
  for (const line of lines) {
    const m = /^cpu(\d+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const [user, nice, system, , , irq, softirq, steal] = m[2]!.split(' ').map(Number);
    out[Number(m[1])] = (user! + nice! + system! + irq! + softirq! + steal!) / 100;
  }
  return out;
}
