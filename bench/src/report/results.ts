import type { BrowserResult } from '../browser/clientBench.js';
import type { ServerKind } from '../servers/ServerProcess.js';
import type { ColdLoadResult, JoinStormResult } from '../workloads/coldStart.js';
import type { IdleResult } from '../workloads/idle.js';
import type { LiveStep } from '../workloads/live.js';

/** Everything one suite run measured, as saved to bench/results/<mode>.json. */
export interface SuiteResults {
  readonly meta: {
    readonly mode: 'full' | 'quick';
    readonly date: string;
    readonly machine: string;
    readonly node: string;
    readonly versions: Record<string, string>;
    readonly loadAverage: readonly number[];
    readonly generatorCores: string;
    readonly minutes: number;
  };
  readonly w1: LiveStep[];
  readonly w2: LiveStep[];
  readonly w2b: LiveStep[];
  readonly w3: Partial<Record<ServerKind, LiveStep[]>>;
  readonly w4: IdleResult[];
  readonly w5: ColdLoadResult[];
  readonly w6: JoinStormResult[];
  readonly browser: BrowserResult | null;
  /** Workloads that threw, with the error. */
  readonly errors: string[];
}

/** A step whose numbers cannot be trusted, and why; null when valid. */
export function invalidity(step: LiveStep): string | null {
  if (step.convergence) return `probes: ${step.convergence}`;
  if (step.generator.saturated) {
    return `generator saturated (loop p99 ${step.generator.loopDelayP99.toFixed(0)} ms, CPU ${(step.generator.cpuShare * 100).toFixed(0)}%)`;
  }
  return null;
}

/** W3: the highest total edit rate whose p99 stayed within the bound, all delivered. */
export function sustainable(steps: readonly LiveStep[], boundMs: number) {
  let best: LiveStep | null = null;
  let failed: { step: LiveStep; why: string } | null = null;
  for (const step of steps) {
    const invalid = invalidity(step);
    const why = invalid
      ? invalid
      : step.latency.undelivered > 0
        ? `${step.latency.undelivered} undelivered`
        : step.latency.p99 > boundMs
          ? `p99 ${step.latency.p99.toFixed(0)} ms`
          : null;
    if (why) {
      failed = { step, why };
      break;
    }
    best = step;
  }
  return { best, failed };
}
