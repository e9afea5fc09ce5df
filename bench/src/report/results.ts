import type { BrowserResult } from '../browser/clientBench.js';
import type { ServerKind } from '../servers/ServerProcess.js';
import type { ColdLoadResult, JoinStormResult } from '../workloads/coldStart.js';
import type { HostileResult } from '../workloads/hostile.js';
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
    /** Later partial runs (--merge) that replaced some workloads of this one. */
    readonly merges?: ReadonlyArray<{
      readonly workloads: readonly string[];
      readonly date: string;
      readonly loadAverage: readonly number[];
      readonly minutes: number;
    }>;
  };
  readonly w1: LiveStep[];
  readonly w2: LiveStep[];
  readonly w2b: LiveStep[];
  readonly w3: Partial<Record<ServerKind, LiveStep[]>>;
  readonly w4: IdleResult[];
  readonly w5: ColdLoadResult[];
  readonly w6: JoinStormResult[];
  readonly browser: BrowserResult | null;
  /** H1, ours only; absent in results saved before it existed. */
  readonly h1?: HostileResult[];
  /** Workloads that threw, with the error. */
  readonly errors: string[];
}

/** Share of a core that other processes may use before a step's numbers are not trusted. */
export const OTHER_LOAD_LIMIT = 0.15;

/** A step whose numbers cannot be trusted, and why; null when valid. */
export function invalidity(step: LiveStep): string | null {
  if (step.convergence) return `probes: ${step.convergence}`;
  const [core0, core1] = step.otherLoad;
  if (core0 > OTHER_LOAD_LIMIT || core1 > OTHER_LOAD_LIMIT) {
    return `machine busy (other jobs used ${(core0 * 100).toFixed(0)} / ${(core1 * 100).toFixed(0)} % of cores 0 / 1)`;
  }
  if (step.generator.saturated) {
    return `generator saturated (loop p99 ${step.generator.loopDelayP99.toFixed(0)} ms, CPU ${(step.generator.cpuShare * 100).toFixed(0)}%)`;
  }
  return null;
}

/** W3: the highest total edit rate whose p99 stayed within the bound, all delivered. */
export function sustainable(steps: readonly LiveStep[], boundMs: number) {
  let best: LiveStep | null = null;
  let failed: { step: LiveStep; why: string } | null = null;
  // A rate tried twice (its first try failed) counts by its better try.
  const tries = new Map<number, LiveStep[]>();
  for (const step of steps)
    tries.set(step.totalEditRate, [...(tries.get(step.totalEditRate) ?? []), step]);
  const better = (a: LiveStep, b: LiveStep) => (verdict(a, boundMs) === null ? a : b);
  for (const step of [...tries.values()].map((t) => t.reduceRight(better))) {
    const why = verdict(step, boundMs);
    if (why) {
      failed = { step, why };
      break;
    }
    best = step;
  }
  return { best, failed };
}

/** Why a W3 step does not count as sustained, or null. */
function verdict(step: LiveStep, boundMs: number): string | null {
  const invalid = invalidity(step);
  if (invalid) return invalid;
  if (step.latency.undelivered > 0) return `${step.latency.undelivered} undelivered`;
  if (step.latency.p99 > boundMs) return `p99 ${step.latency.p99.toFixed(0)} ms`;
  return null;
}
