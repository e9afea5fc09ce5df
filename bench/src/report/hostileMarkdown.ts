import type { PhaseLatency } from '../hostile/EchoProbe.js';
import type { HostileResult } from '../workloads/hostile.js';

/** A scenario's label: the contrast runs against y-websocket-server say so. */
const label = (r: HostileResult) =>
  r.server === 'yws' ? `${r.scenario.id} on y-websocket-server (contrast)` : r.scenario.id;

const mib = (bytes: number | undefined) =>
  bytes === undefined || !Number.isFinite(bytes) ? '–' : (bytes / 2 ** 20).toFixed(0);
const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–');

function table(head: string[], rows: string[][], align: string[]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The bound a scenario aims at, by what its attackers do. */
function aimedBound(r: HostileResult): { label: string; bytes: number } {
  const s = r.scenario;
  const b = r.bounds;
  if (s.voters > 0) return { label: 'board', bytes: s.rooms * b.maxBoardBytes };
  if (s.parkers > 0 && s.readers > 0) {
    return { label: 'held + queued', bytes: b.heldInProcess + b.queuedInProcess };
  }
  if (s.readers > 0) return { label: 'queued', bytes: b.queuedInProcess };
  return { label: 'held', bytes: b.heldInProcess };
}

function phase(phases: readonly PhaseLatency[], name: string): string {
  const p = phases.find((x) => x.phase === name);
  if (!p) return '–';
  const lost = p.lost > 0 ? `, ${p.lost}/${p.edits} lost` : '';
  return `${ms(p.p50)} / ${ms(p.p99)}${lost}`;
}

/** How the run ended for the server: still serving, killed at the cap, or died. */
function outcome(r: HostileResult): string {
  if (r.cappedAtS !== null) {
    return `killed by the harness at the ${mib(r.timing.rssCapBytes)} MiB cap, ${r.cappedAtS.toFixed(0)} s into the attack`;
  }
  if (r.serverEnded) return `died (${r.serverEnded})`;
  const quiet = r.probes.find((p) => p.table === 'quiet')?.phases ?? [];
  const lost = quiet.reduce((n, p) => n + p.lost, 0);
  if (lost > 0) return `alive; the quiet table lost ${lost} edits (not delivered by the end)`;
  if (!r.afterGc) return 'alive; no answer after the attack';
  return 'served throughout';
}

/** A note when the generator was saturated during the attack (its probe times are its own). */
function generatorNote(r: HostileResult): string {
  const g = r.generator;
  return g?.saturated
    ? ` (generator saturated: loop p99 ${g.loopDelayP99.toFixed(0)} ms, CPU ${(g.cpuShare * 100).toFixed(0)}%)`
    : '';
}

/** H1's tables: memory against the bounds, what closed the attackers, the probes' latency. */
export function renderHostile(results: readonly HostileResult[]): string {
  if (results.length === 0) return '';
  const t = results[0]!.timing;
  const lines: string[] = [
    `Each scenario on a fresh server (defaults, SQLite), pinned to core 0: ${t.beforeS} s before, ${t.attackS} s of attack, ${t.afterS} s after. Attackers are real participants (seated before the run) and keep under the rate limits (200 messages/s, 2 MiB/s per connection). Memory is the server's: resident set from /proc every 200 ms (and the kernel's high-water mark), heap from the server itself.`,
    results
      .filter((r) => r.server !== 'yws')
      .map((r) => `- **${r.scenario.id}** ${r.scenario.what}.`)
      .join('\n'),
  ];
  lines.push(
    table(
      [
        'scenario',
        'bound aimed at, MiB',
        'baseline RSS MiB',
        'peak RSS MiB (high water)',
        'peak − baseline MiB',
        'peak heap MiB',
        'RSS / heap after GC MiB',
        'sent MB',
        'server CPU %',
        'outcome',
      ],
      results.map((r) => {
        const bound = aimedBound(r);
        const peak = Math.max(r.peak.rss, r.peak.rssHighWater || 0);
        return [
          label(r),
          r.server === 'yws' ? 'none' : `${bound.label} ${mib(bound.bytes)}`,
          mib(r.baseline.rss),
          `${mib(r.peak.rss)} (${mib(r.peak.rssHighWater)})`,
          mib(peak - r.baseline.rss),
          mib(r.peak.heapUsed),
          r.afterGc ? `${mib(r.afterGc.rss)} / ${mib(r.afterGc.heapUsed)}` : '–',
          (r.bytesSent / 1e6).toFixed(0),
          Number.isFinite(r.attackCpuShare) ? (r.attackCpuShare * 100).toFixed(0) : '–',
          outcome(r),
        ];
      }),
      ['---', '---', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '---'],
    ),
  );
  lines.push(
    table(
      [
        'scenario',
        'attackers (connections opened)',
        'closes counted by the server (code: n)',
        'close reasons the attackers saw (n)',
        'quiet table p50 / p99 ms: before',
        'during',
        'after',
        'attacked table, during',
      ],
      results.map((r) => {
        const quiet = r.probes.find((p) => p.table === 'quiet')?.phases ?? [];
        const hit = r.probes.find((p) => p.table === 'attacked')?.phases;
        const server = Object.entries(r.serverCounts)
          .filter(([k]) => k.startsWith('tavolo_closed'))
          .map(([k, n]) => `${/code="(\d+)"/.exec(k)?.[1]}: ${n}`);
        const seen = Object.entries(r.closesSeen).map(([k, n]) => `${k}: ${n}`);
        return [
          label(r),
          `${r.attackers} (${r.connectionsOpened})`,
          r.server === 'yws'
            ? '– (no metrics)'
            : r.afterGc
              ? server.join('; ') || 'none'
              : '– (no answer)',
          seen.join('; ') || 'none',
          phase(quiet, 'before'),
          phase(quiet, 'during') + generatorNote(r),
          phase(quiet, 'after'),
          hit ? phase(hit, 'during') : '– (cold tables)',
        ];
      }),
      ['---', '--:', '---', '---', '--:', '--:', '--:', '--:'],
    ),
  );
  return lines.join('\n\n');
}
