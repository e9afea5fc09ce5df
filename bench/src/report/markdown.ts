import { SERVER_LABELS, type ServerKind } from '../servers/ServerProcess.js';
import { renderHostile } from './hostileMarkdown.js';
import { invalidity, sustainable, type SuiteResults } from './results.js';
import type { LiveStep } from '../workloads/live.js';

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const mib = (bytes: number) => f(bytes / 1024 / 1024, 0);
/** ours / theirs, as a factor: below 1 ours is smaller (better for times and costs). */
const ratio = (ours: number | undefined, theirs: number) =>
  ours === undefined || !Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0
    ? '–'
    : ours / theirs >= 0.1
      ? `${f(ours / theirs, 2)}×`
      : `1/${f(theirs / ours, 0)}×`;

function table(head: string[], rows: string[][], align: string[]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function liveTable(steps: readonly LiveStep[]): string {
  const ours = steps.find((s) => s.server === 'ours');
  const rows = steps.map((s) => [
    SERVER_LABELS[s.server],
    f(s.latency.p50),
    f(s.latency.p99),
    f(s.latency.p999),
    f(s.latency.max),
    String(s.latency.undelivered),
    f(s.cpuMicrosPerDelivery),
    f(s.serverCpuShare * 100, 0),
    f(s.serverLoop.p99),
    mib(s.serverRss),
    `${f(s.otherLoad[0] * 100, 0)} / ${f(s.otherLoad[1] * 100, 0)}`,
    invalidity(s) ?? 'valid',
    s.server === 'ours' ? '' : ratio(ours?.latency.p99, s.latency.p99),
    s.server === 'ours' ? '' : ratio(ours?.cpuMicrosPerDelivery, s.cpuMicrosPerDelivery),
  ]);
  return table(
    [
      'server',
      'p50 ms',
      'p99 ms',
      'p99.9 ms',
      'max ms',
      'undelivered after 5 s',
      'CPU µs per delivery',
      'server CPU %',
      'server loop delay p99 ms',
      'RSS MiB',
      'other load core 0 / 1 %',
      'run',
      'p99 ours/this',
      'CPU ours/this',
    ],
    rows,
    ['---', ...Array(10).fill('--:'), '---', '--:', '--:'],
  );
}

function w3Table(results: SuiteResults): string {
  const bound = results.meta.mode === 'full' ? 50 : 50;
  const entries = Object.entries(results.w3) as Array<[ServerKind, LiveStep[]]>;
  const summary = entries.map(([kind, steps]) => ({ kind, ...sustainable(steps, bound) }));
  const ours = summary.find((s) => s.kind === 'ours')?.best?.totalEditRate;
  const rates = [...new Set(entries.flatMap(([, steps]) => steps.map((s) => s.totalEditRate)))];
  const best = table(
    ['server', 'highest sustainable edits/s', 'p99 there ms', 'next step failed on', 'ours/this'],
    summary.map((s) => [
      SERVER_LABELS[s.kind],
      s.best ? f(s.best.totalEditRate, 0) : 'none',
      s.best ? f(s.best.latency.p99) : '–',
      s.failed
        ? `${f(s.failed.step.totalEditRate, 0)}/s: ${s.failed.why}`
        : 'none (last step passed)',
      s.kind === 'ours' ? '' : ratio(ours, s.best?.totalEditRate ?? NaN),
    ]),
    ['---', '--:', '--:', '---', '--:'],
  );
  const grid = table(
    ['total edits/s', ...entries.map(([k]) => `${SERVER_LABELS[k]} p99 ms (CPU %)`)],
    rates.map((rate) => [
      f(rate, 0),
      ...entries.map(([, steps]) => {
        const tried = steps.filter((x) => x.totalEditRate === rate);
        const s =
          tried.length > 1
            ? tried.reduce((a, b) => (a.latency.p99 <= b.latency.p99 ? a : b))
            : tried[0];
        return s ? `${f(s.latency.p99)} (${f(s.serverCpuShare * 100, 0)})` : '–';
      }),
    ]),
    ['--:', ...entries.map(() => '--:')],
  );
  return `${best}\n\n${grid}`;
}

function sections(results: SuiteResults): string[] {
  const out: string[] = [];
  const w4ours = results.w4.find((r) => r.server === 'ours');
  const w5ours = results.w5.find((r) => r.server === 'ours');
  const w6ours = results.w6.find((r) => r.server === 'ours');
  out.push('### W1 Skills day: 12 tables × 25 clients, 0.5 edits/s each, presence 2 Hz');
  out.push(liveTable(results.w1));
  out.push('### W2 One crowded table: 150 clients, 1 edit/s each, presence 5 Hz');
  out.push(liveTable(results.w2));
  out.push('### W2b The same crowded table without presence (edits only)');
  out.push(liveTable(results.w2b));
  out.push('### W3 W1 with the edit rate doubled per step until p99 > 50 ms');
  out.push(w3Table(results));
  out.push(`### W4 Idle rooms: ${results.w4[0]?.rooms ?? '–'} rooms × 2 clients, memory after GC`);
  out.push(
    table(
      [
        'server',
        'heap per room KiB',
        'RSS per room KiB',
        'heap per connection KiB',
        'RSS per connection KiB',
        'heap, 2 clients/room, MiB',
        'RSS MiB',
        'idle CPU %',
        'heap ours/this',
      ],
      results.w4.map((r) => [
        SERVER_LABELS[r.server],
        f(r.heapPerRoomKiB),
        f(r.rssPerRoomKiB),
        f(r.heapPerConnectionKiB),
        f(r.rssPerConnectionKiB),
        mib(r.twoClients.heapUsed),
        mib(r.twoClients.rss),
        f(r.idleCpuShare * 100),
        r.server === 'ours' ? '' : ratio(w4ours?.twoClients.heapUsed, r.twoClients.heapUsed),
      ]),
      ['---', ...Array(7).fill('--:'), '--:'],
    ),
  );
  out.push('### W5 Cold load of a large board (connect → synced)');
  out.push(
    table(
      [
        'server',
        'where the board was',
        'document KiB',
        'log entries',
        'median ms',
        'runs ms',
        'ours/this',
      ],
      results.w5.map((r) => [
        SERVER_LABELS[r.server],
        r.source,
        f(r.documentBytes / 1024, 0),
        r.source === 'stored (cold)' && r.server === 'ours'
          ? String(r.updates)
          : r.server === 'hocuspocus'
            ? '1 (whole state)'
            : '–',
        f(r.medianMs),
        r.syncMs.map((x) => f(x, 0)).join(', '),
        r.server === 'ours' ? '' : ratio(w5ours?.medianMs, r.medianMs),
      ]),
      ['---', '---', '--:', '--:', '--:', '--:', '--:'],
    ),
  );
  out.push(`### W6 ${results.w6[0]?.clients ?? 150} clients join one room at once`);
  out.push(
    table(
      [
        'server',
        'where the board was',
        'document KiB',
        'p50 synced ms',
        'all synced ms',
        'failed',
        'ours/this',
      ],
      results.w6.map((r) => [
        SERVER_LABELS[r.server],
        r.source,
        f(r.documentBytes / 1024, 0),
        f(r.p50Ms, 0),
        f(r.allSyncedMs, 0),
        String(r.failed),
        r.server === 'ours' ? '' : ratio(w6ours?.allSyncedMs, r.allSyncedMs),
      ]),
      ['---', '---', '--:', '--:', '--:', '--:', '--:'],
    ),
  );
  if (results.h1 && results.h1.length > 0) {
    out.push('### H1 Hostile clients against our bounds (Tavolo only)');
    out.push(renderHostile(results.h1));
    out.push(`![H1: resident set over time](bench-h1-${results.meta.mode}.svg)`);
  }
  if (results.browser) {
    const b = results.browser;
    out.push('### Client side in Chromium (our web app)');
    out.push(
      table(
        ['measure', 'value'],
        [
          [
            `remote edit on a ${b.cards}-card board: applied and re-rendered, p50 / p95 ms`,
            `${f(b.remoteEditP50Ms)} / ${f(b.remoteEditP95Ms)}`,
          ],
          [
            'initial JavaScript, gzip KiB (raw KiB)',
            `${f(b.initialJsGzipKiB)} (${f(b.initialJsRawKiB)})`,
          ],
          ['join to interactive at 4× CPU throttling, median ms', f(b.joinToInteractiveMs, 0)],
        ],
        ['---', '--:'],
      ),
    );
  }
  if (results.errors.length > 0) {
    out.push('### Errors');
    out.push(results.errors.map((e) => `- ${e}`).join('\n'));
  }
  return out;
}

/** The results of one run as Markdown (tables), to go between the markers of its mode. */
export function renderMarkdown(results: SuiteResults, chartFile: string): string {
  const m = results.meta;
  const versions = Object.entries(m.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `Run \`pnpm bench${m.mode === 'quick' ? ' --quick' : ''}\` on ${m.date} (${m.minutes.toFixed(1)} min). Machine: ${m.machine}; ${m.node}; load average at start ${m.loadAverage.map((x) => x.toFixed(2)).join(' ')}; servers pinned to core 0, generator to core ${m.generatorCores}. Versions: ${versions}.`,
    ...(m.merges ?? []).map(
      (g) =>
        `Then \`pnpm bench${m.mode === 'quick' ? ' --quick' : ''} --only=${g.workloads.join(',')} --merge\` on ${g.date} (${g.minutes.toFixed(1)} min; load average at start ${g.loadAverage.map((x) => x.toFixed(2)).join(' ')}) replaced ${g.workloads.join(', ')}.`,
    ),
    `![p99 latency and sync times per workload and server](${chartFile})`,
    ...sections(results),
  ].join('\n\n');
}
