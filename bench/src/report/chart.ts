import { SERVER_KINDS, SERVER_LABELS, type ServerKind } from '../servers/ServerProcess.js';
import type { LiveStep } from '../workloads/live.js';
import type { SuiteResults } from './results.js';

const COLOURS: Record<ServerKind, string> = {
  ours: '#1b7f5b',
  yws: '#3b6fb6',
  hocuspocus: '#c9732c',
  relay: '#8a8a8a',
};

/** The measures charted, each in milliseconds, per server. */
function groups(results: SuiteResults): Array<{ label: string; values: Map<ServerKind, number> }> {
  const of = <T extends { server: ServerKind }>(rows: readonly T[], pick: (row: T) => number) =>
    new Map(rows.map((r) => [r.server, pick(r)] as const));
  // W3 at 600 edits/s (4× W1's 150), the better try when the rate was run twice.
  const w3at600 = (Object.entries(results.w3) as Array<[ServerKind, LiveStep[]]>).map(
    ([server, steps]) => ({
      server,
      value: Math.min(...steps.filter((s) => s.totalEditRate === 600).map((s) => s.latency.p99)),
    }),
  );
  return [
    { label: 'W1 p99', values: of(results.w1, (s) => s.latency.p99) },
    { label: 'W2 p99', values: of(results.w2, (s) => s.latency.p99) },
    { label: 'W2b p99', values: of(results.w2b, (s) => s.latency.p99) },
    { label: 'W3 p99 at 600 edits/s', values: of(w3at600, (s) => s.value) },
    { label: 'W5 cold load', values: of(results.w5, (r) => r.medianMs) },
    { label: 'W6 all synced', values: of(results.w6, (r) => r.allSyncedMs) },
  ];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An SVG bar chart (log scale, milliseconds) of the main times per workload and server. */
export function renderChart(results: SuiteResults): string {
  const data = groups(results);
  const width = 860;
  const height = 380;
  const left = 60;
  const top = 50;
  const bottom = 70;
  const plotH = height - top - bottom;
  const groupW = (width - left - 20) / data.length;
  const barW = (groupW - 24) / SERVER_KINDS.length;
  const all = data.flatMap((g) => [...g.values.values()]).filter((v) => Number.isFinite(v));
  const lo = -1; // 0.1 ms
  const hi = Math.max(4, Math.ceil(Math.log10(Math.max(...all, 1)))); // 10 s or more
  const y = (ms: number) =>
    top + plotH - ((Math.log10(Math.max(ms, 0.1)) - lo) / (hi - lo)) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">${escape(`Milliseconds, log scale, lower is better (${results.meta.mode} run, ${results.meta.date})`)}</text>`,
  ];
  for (let e = lo; e <= hi; e++) {
    const ms = 10 ** e;
    parts.push(
      `<line x1="${left}" x2="${width - 20}" y1="${y(ms)}" y2="${y(ms)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(ms) + 4}" text-anchor="end">${ms >= 1 ? ms : ms.toFixed(1)}</text>`,
    );
  }
  data.forEach((group, g) => {
    const x0 = left + g * groupW + 12;
    SERVER_KINDS.forEach((kind, k) => {
      const value = group.values.get(kind);
      if (value === undefined || !Number.isFinite(value)) return;
      const x = x0 + k * barW;
      const yy = y(value);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${yy.toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(top + plotH - yy).toFixed(1)}" fill="${COLOURS[kind]}"/>`,
        `<text x="${(x + barW / 2).toFixed(1)}" y="${(yy - 3).toFixed(1)}" text-anchor="middle" font-size="9">${value >= 100 ? value.toFixed(0) : value.toFixed(1)}</text>`,
      );
    });
    parts.push(
      `<text x="${(x0 + (groupW - 24) / 2).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle">${escape(group.label)}</text>`,
    );
  });
  SERVER_KINDS.forEach((kind, k) => {
    const x = left + k * 170;
    const yy = height - 22;
    parts.push(
      `<rect x="${x}" y="${yy - 10}" width="12" height="12" fill="${COLOURS[kind]}"/>`,
      `<text x="${x + 18}" y="${yy}">${escape(SERVER_LABELS[kind])}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
