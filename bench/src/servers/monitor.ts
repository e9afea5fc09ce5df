/**
 * Preloaded (node --import) into every server under test: measures the event-loop delay with
 * perf_hooks and answers the harness over the IPC channel, so that every server, ours and the
 * peers, is observed the same way without changing its code.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const RESOLUTION_MS = 10;
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();

/** A request from the harness and the id its answer carries back. */
interface Request {
  readonly id: number;
  readonly type: 'resetLoopDelay' | 'stats' | 'gcStats';
}

// The histogram records whole timer intervals: the delay is what exceeds the resolution.
const ms = (ns: number) => Number(Math.max(0, ns / 1e6 - RESOLUTION_MS).toFixed(3));

function stats() {
  const memory = process.memoryUsage();
  return {
    loopDelay: {
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
    },
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    // Bytes held outside the JS heap: received frames and queued sends live in ArrayBuffers.
    external: memory.external,
    arrayBuffers: memory.arrayBuffers,
  };
}

process.on('message', (request: Request) => {
  if (request.type === 'resetLoopDelay') histogram.reset();
  if (request.type === 'gcStats') {
    const gc = (globalThis as { gc?: () => void }).gc;
    // Two passes: the first may only schedule finalisers that free more on the second.
    gc?.();
    gc?.();
  }
  process.send?.({ id: request.id, ...stats() });
});
// The channel must not keep a server alive that was told to stop.
process.channel?.unref();
