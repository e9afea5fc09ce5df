import type { HostileResult } from '../workloads/hostile.js';

const COLOURS = ['#1b7f5b', '#c9732c', '#3b6fb6', '#9b3bb6', '#b63b4f', '#8a8a8a', '#5b8a1b'];
const MiB = 2 ** 20;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * An SVG line chart of H1: each scenario's resident set above its baseline over time (log
 * scale), with the process bounds on what the server holds (128 MiB) and on what it holds plus
 * what waits to be sent (384 MiB) drawn across, and the attack's span shaded.
 */
export function renderHostileChart(results: readonly HostileResult[]): string {
  const width = 860;
  const height = 400;
  const left = 70;
  const right = 190;
  const top = 46;
  const bottom = 46;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const t = results[0]!.timing;
  const spanS = Math.max(
    t.beforeS + t.attackS + t.afterS,
    ...results.flatMap((r) => r.samples.map((s) => s.t / 1000)),
  );
  const lo = 1; // 10 MiB
  const hi = 4; // 10 GiB
  const x = (s: number) => left + (s / spanS) * plotW;
  const y = (mib: number) =>
    top + plotH - ((Math.log10(Math.max(mib, 10)) - lo) / (hi - lo)) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">H1: server resident set above its baseline, MiB (log scale)</text>`,
    `<rect x="${x(t.beforeS)}" y="${top}" width="${x(t.beforeS + t.attackS) - x(t.beforeS)}" height="${plotH}" fill="#f4eeee"/>`,
    `<text x="${x(t.beforeS) + 4}" y="${top + 12}" fill="#a55">attack</text>`,
  ];
  for (let e = lo; e <= hi; e++) {
    const mib = 10 ** e;
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${y(mib)}" y2="${y(mib)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(mib) + 4}" text-anchor="end">${mib.toLocaleString('en')}</text>`,
    );
  }
  const bounds = results[0]!.bounds;
  const held = bounds.heldInProcess / MiB;
  const both = (bounds.heldInProcess + bounds.queuedInProcess) / MiB;
  for (const [mib, label] of [
    [held, `held bound ${held} MiB`],
    [both, `held + queued ${both} MiB`],
  ] as const) {
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${y(mib)}" y2="${y(mib)}" stroke="#a33" stroke-dasharray="5,4"/>`,
      `<text x="${left + plotW - 4}" y="${y(mib) - 4}" text-anchor="end" fill="#a33">${label}</text>`,
    );
  }
  results.forEach((r, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const points = r.samples
      .filter((s) => Number.isFinite(s.rss))
      .map((s) => `${x(s.t / 1000).toFixed(1)},${y((s.rss - r.baseline.rss) / MiB).toFixed(1)}`);
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="1.6" points="${points.join(' ')}"/>`,
    );
    const name = r.server === 'yws' ? `${r.scenario.id} (y-websocket-server)` : r.scenario.id;
    const ly = top + 14 + i * 16;
    parts.push(
      `<line x1="${left + plotW + 14}" x2="${left + plotW + 34}" y1="${ly - 4}" y2="${ly - 4}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${left + plotW + 40}" y="${ly}">${escape(name)}</text>`,
    );
  });
  for (let s = 0; s <= spanS; s += 10) {
    parts.push(`<text x="${x(s)}" y="${top + plotH + 16}" text-anchor="middle">${s}</text>`);
  }
  parts.push(
    `<text x="${left + plotW / 2}" y="${height - 10}" text-anchor="middle">seconds</text>`,
    '</svg>',
  );
  return parts.join('\n') + '\n';
}
