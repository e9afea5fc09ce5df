import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const CYCLES = 10_000;
/**
 * What 10,000 cycles may leave on the heap after garbage collection. One leaked room holds a
 * Y.Doc, an awareness instance and their listeners (several kilobytes), so keeping even one
 * small object per cycle (~100 bytes) would pass this bound.
 */
const MAX_GROWTH_BYTES = 1024 * 1024;

describe('leak soak', () => {
  it('returns to its baseline heap after 10,000 open/close cycles, failed ones included', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'src/testing/leakSoak.ts', String(CYCLES)],
      { cwd: SERVER_DIR, maxBuffer: 1024 * 1024 },
    );
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as {
      baseline: number;
      after: number;
      codes: Record<string, number>;
      rooms: number;
      connections: number;
      resourcesBefore: string;
      resourcesAfter: string;
    };
    // Each kind of cycle ran a quarter of the time and ended as it should.
    expect(result.codes).toEqual({ 1000: 2500, 1013: 2500, 4401: 2500, 4403: 2500 });
    expect(result.rooms).toBe(0);
    expect(result.connections).toBe(0);
    expect(result.resourcesAfter).toBe(result.resourcesBefore);
    expect(result.after - result.baseline).toBeLessThan(MAX_GROWTH_BYTES);
  }, 120_000);
});
