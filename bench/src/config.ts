import type { HostileTiming } from './hostile/scenarios.js';
import type { LiveSpec } from './workloads/live.js';

/** Sizes and durations of one suite run. */
export interface SuiteConfig {
  readonly mode: 'full' | 'quick';
  readonly w1: LiveSpec & { readonly editRate: number };
  readonly w2: LiveSpec & { readonly editRate: number };
  /** W2 without presence: the cost of edits alone, when presence swamps a peer. */
  readonly w2b: LiveSpec & { readonly editRate: number };
  /** W1's layout; per-client rates tried in order until p99 passes the bound. */
  readonly w3: LiveSpec & { readonly rates: readonly number[]; readonly p99BoundMs: number };
  readonly w4: { readonly rooms: number; readonly idleS: number };
  readonly w5: { readonly updates: number; readonly textLength: number; readonly repeat: number };
  readonly w6: { readonly clients: number; readonly updates: number; readonly textLength: number };
  /** Hostile clients against our server's bounds: which scenarios, for how long. */
  readonly h1: { readonly scenarios: readonly string[]; readonly timing: HostileTiming };
}

const GiB = 1024 ** 3;

const W1 = { tables: 12, clientsPerTable: 25, editRate: 0.5, presenceHz: 2, seedCards: 20 };
const W2 = { tables: 1, clientsPerTable: 150, editRate: 1, presenceHz: 5, seedCards: 20 };
const doubling = (from: number, steps: number) =>
  Array.from({ length: steps }, (_, k) => from * 2 ** k);

export const FULL: SuiteConfig = {
  mode: 'full',
  w1: { ...W1, warmupS: 5, measureS: 30 },
  w2: { ...W2, warmupS: 5, measureS: 30 },
  w2b: { ...W2, presenceHz: 0, warmupS: 5, measureS: 30 },
  w3: { ...W1, warmupS: 3, measureS: 15, rates: doubling(0.5, 7), p99BoundMs: 50 },
  w4: { rooms: 2000, idleS: 10 },
  w5: { updates: 10_000, textLength: 60, repeat: 3 },
  w6: { clients: 150, updates: 1500, textLength: 60 },
  h1: {
    scenarios: ['H1a', 'H1b', 'H1c', 'H1d', 'H1e'],
    timing: { beforeS: 5, attackS: 30, afterS: 10, rssCapBytes: 3 * GiB },
  },
};

/** Under five minutes: the same workloads with shorter steps and fewer repetitions. */
export const QUICK: SuiteConfig = {
  mode: 'quick',
  w1: { ...W1, warmupS: 1, measureS: 5 },
  w2: { ...W2, warmupS: 1, measureS: 4 },
  w2b: { ...W2, presenceHz: 0, warmupS: 1, measureS: 4 },
  w3: { ...W1, warmupS: 1, measureS: 3, rates: doubling(2, 4), p99BoundMs: 50 },
  w4: { rooms: 300, idleS: 3 },
  w5: { updates: 10_000, textLength: 60, repeat: 1 },
  w6: { clients: 150, updates: 1500, textLength: 60 },
  h1: {
    // The one scenario that shows most (memory against the held bound, and the other tables).
    scenarios: ['H1b'],
    timing: { beforeS: 2, attackS: 8, afterS: 3, rssCapBytes: 3 * GiB },
  },
};
