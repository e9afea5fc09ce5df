import { readFileSync } from 'node:fs';
import type { ServerProcess } from '../servers/ServerProcess.js';

/** One reading of the server's memory, `t` ms after the watch started. */
export interface MemorySample {
  readonly t: number;
  /** Resident set size from /proc (read by the harness: a stalled server cannot delay it). */
  readonly rss: number;
  /** From the server's own process.memoryUsage(), via the preloaded monitor; NaN if late. */
  readonly heapUsed: number;
  readonly external: number;
}

/** Peaks of a watched span. */
export interface MemoryPeaks {
  readonly rss: number;
  /** The kernel's high-water mark of the resident set (VmHWM) since the process started. */
  readonly rssHighWater: number;
  readonly heapUsed: number;
  readonly external: number;
}

/** VmRSS and VmHWM of a process, in bytes (Linux). */
export function residentBytes(pid: number): { rss: number; highWater: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1]);
    return { rss: kib('VmRSS') * 1024, highWater: kib('VmHWM') * 1024 };
  } catch {
    return { rss: NaN, highWater: NaN };
  }
}

/**
 * Samples a server's memory every `everyMs`: the resident set from /proc on a timer of the
 * harness, the heap and external memory by asking the server's monitor (its answer waits for
 * the server's event loop, so a stalled server yields fewer heap samples, never wrong ones).
 */
export class MemoryWatch {
  readonly samples: MemorySample[] = [];
  private readonly t0 = performance.now();
  private readonly timer: ReturnType<typeof setInterval>;
  private asking = false;
  private lastHeap = { heapUsed: NaN, external: NaN };
  private peakHeap = { heapUsed: 0, external: 0 };
  /** The last high-water mark read: /proc forgets it once the process is gone. */
  private highWater = NaN;

  constructor(
    private readonly server: ServerProcess,
    everyMs = 200,
  ) {
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  private sample(): void {
    const { rss, highWater } = residentBytes(this.server.pid);
    if (Number.isFinite(highWater)) this.highWater = highWater;
    if (!Number.isFinite(rss)) return;
    this.samples.push({ t: performance.now() - this.t0, rss, ...this.lastHeap });
    this.lastHeap = { heapUsed: NaN, external: NaN };
    if (this.asking || this.server.ended()) return;
    this.asking = true;
    void this.server.ask('stats').then((stats) => {
      this.asking = false;
      this.lastHeap = { heapUsed: stats.heapUsed, external: stats.external ?? NaN };
      if (stats.heapUsed > this.peakHeap.heapUsed) this.peakHeap.heapUsed = stats.heapUsed;
      if ((stats.external ?? 0) > this.peakHeap.external) {
        this.peakHeap.external = stats.external ?? 0;
      }
    });
  }

  /** The latest resident set, in bytes (NaN once the process is gone). */
  get rssNow(): number {
    const { rss, highWater } = residentBytes(this.server.pid);
    if (Number.isFinite(highWater)) this.highWater = highWater;
    return rss;
  }

  /** Peaks since `fromMs` (resident set) and since the start (heap, high-water mark). */
  peaks(fromMs = 0): MemoryPeaks {
    const rss = Math.max(0, ...this.samples.filter((s) => s.t >= fromMs).map((s) => s.rss));
    return {
      rss,
      rssHighWater: Math.max(residentBytes(this.server.pid).highWater || 0, this.highWater || 0),
      heapUsed: this.peakHeap.heapUsed,
      external: this.peakHeap.external,
    };
  }

  /** Milliseconds since the watch started. */
  get now(): number {
    return performance.now() - this.t0;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** Counters of the server's GET /metrics whose names start with one of `prefixes`. */
export async function scrapeMetrics(
  server: ServerProcess,
  prefixes: readonly string[],
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  try {
    const res = await fetch(`http://127.0.0.1:${server.port}/metrics`, {
      signal: AbortSignal.timeout(30_000),
    });
    for (const line of (await res.text()).split('\n')) {
      if (!prefixes.some((p) => line.startsWith(p))) continue;
      const at = line.lastIndexOf(' ');
      out[line.slice(0, at)] = Number(line.slice(at + 1));
    }
  } catch {
    // A server that died or stopped answering has no metrics to give: the report says so.
  }
  return out;
}
