import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderChart } from './chart.js';
import { renderHostileChart } from './hostileChart.js';
import { renderMarkdown } from './markdown.js';
import type { SuiteResults } from './results.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOC = join(ROOT, 'docs/benchmarks.md');
const SECTION = '## Side by side: Tavolo, Hocuspocus, y-websocket-server and a raw relay (issue 8)';

/** Where a mode's raw results are kept. */
export function resultsFile(mode: 'full' | 'quick'): string {
  return join(ROOT, `bench/results/${mode}.json`);
}

/** Saves the raw results and writes the tables and chart of a run into docs/benchmarks.md. */
export function writeDocs(results: SuiteResults): string {
  const mode = results.meta.mode;
  const json = resultsFile(mode);
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, JSON.stringify(results, null, 2) + '\n');
  const chart = `bench-${mode}.svg`;
  writeFileSync(join(ROOT, 'docs', chart), renderChart(results));
  if (results.h1 && results.h1.length > 0) {
    writeFileSync(join(ROOT, 'docs', `bench-h1-${mode}.svg`), renderHostileChart(results.h1));
  }
  const start = `<!-- bench:${mode}:start -->`;
  const end = `<!-- bench:${mode}:end -->`;
  let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  if (!doc.includes(SECTION)) doc = `${doc.trimEnd()}\n\n${SECTION}\n`;
  if (!doc.includes(start)) {
    const title = mode === 'full' ? '### Full run' : '### Quick run';
    doc = `${doc.trimEnd()}\n\n${title}\n\n${start}\n${end}\n`;
  }
  const before = doc.slice(0, doc.indexOf(start) + start.length);
  const after = doc.slice(doc.indexOf(end));
  // Headings inside a run's region are one level below the run's own heading.
  const body = renderMarkdown(results, chart).replace(/^### /gm, '#### ');
  writeFileSync(DOC, `${before}\n\n${body}\n\n${after}`);
  return DOC;
}
