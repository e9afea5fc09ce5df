import { beforeAll, describe, expect, it } from 'vitest';
import { runFuzz, type FuzzReport } from './FuzzRun.js';
import { lostHonestEdits, updateViolations, violations } from './oracle.js';

/**
 * Seeded, structure-aware fuzzing of the sync protocol against the real server in a child
 * process: honest y-websocket traffic of every role, recorded from @tavolo/board operations,
 * mixed with mutants of it (see README.md). Same seed, same frames.
 * TAVOLO_FUZZ_SEED, TAVOLO_FUZZ_FRAMES and TAVOLO_FUZZ_SECONDS run it longer or otherwise.
 */
const SEED = Number(process.env.TAVOLO_FUZZ_SEED ?? 20260512);
const FRAMES = Number(process.env.TAVOLO_FUZZ_FRAMES ?? 100_000);
const LIMIT_MS = Number(process.env.TAVOLO_FUZZ_SECONDS ?? 300) * 1000;
const LIVENESS_MS = 5_000;
const MEMORY_BOUND = 512 * 1024 * 1024;

describe(`protocol fuzz, seed ${SEED}`, () => {
  let report: FuzzReport;
  let summary = '';
  beforeAll(async () => {
    report = await runFuzz({
      seed: SEED,
      frames: FRAMES,
      limitMs: LIMIT_MS,
      maxCrashes: 3,
      livenessMs: LIVENESS_MS,
    });
    summary = JSON.stringify({
      seconds: report.seconds,
      frames: report.frames,
      kinds: report.kinds,
      closes: report.closes,
    });
  }, LIMIT_MS + 180_000);

  it(`sends ${FRAMES} frames through the real server, over connections of every role`, () => {
    expect(report.frames, summary).toBeGreaterThanOrEqual(FRAMES);
  });

  it('(a) the server process is alive throughout: it never crashed nor stalled', () => {
    expect(report.crashes, summary).toEqual([]);
  });

  it(`(b) another table's room is served throughout: each round trip answered within ${LIVENESS_MS} ms`, () => {
    expect(report.probes, summary).toBeGreaterThan(0);
    expect(report.slowestProbeMs, summary).toBeLessThanOrEqual(LIVENESS_MS);
  });

  it('(c) the server stays under 512 MiB of resident memory', () => {
    expect(report.peakRssBytes, summary).toBeLessThanOrEqual(MEMORY_BOUND);
  });

  it('(d) the stored board holds nothing an honest rule forbids (rules 1-6 of oracle.ts)', () => {
    const found = [...report.unloadable, ...violations(report.stored, report.oracle)];
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('(d) no update relayed to a moderator in the room holds anything an honest rule forbids', () => {
    const relayed = report.watched.flatMap((u) => updateViolations(u, report.oracle));
    expect(relayed.slice(0, 20)).toEqual([]);
  });

  it("(d) every honest client's edits are stored as it wrote them (rule 7)", () => {
    const lost = report.honest.flatMap((h) => lostHonestEdits(report.stored, h.doc, h.clients));
    const why = report.synced ? summary : 'the lanes could not sync at the end (server down)';
    expect(lost.slice(0, 20), why).toEqual([]);
  });

  it('(e) the server never fails on its own: no socket is closed 1011 internal error', () => {
    // The server closes a socket 1011 only when its own code threw (Connection, Room.deliver).
    expect(report.closes['1011 internal error'] ?? 0, summary).toBe(0);
  });
});
