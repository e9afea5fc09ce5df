// `npm test`: every check, in order: type check, lint and format, dependency direction,
// unit tests, end-to-end tests in Chromium. Runs them all, then prints one summary.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './lib/ensureChromium.mjs';
import { findPnpm, install, ROOT, run } from './lib/workspace.mjs';

const OUT = join(ROOT, '.test-output');
const pnpm = findPnpm();
const [cmd, ...pre] = pnpm;
const exec = (...args) => run(cmd, [...pre, ...args]);

await install(pnpm);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const steps = [
  ['type check', () => exec('exec', 'tsc', '-b')],
  ['lint', () => exec('exec', 'eslint', '.', '--max-warnings', '0')],
  ['format', () => exec('exec', 'prettier', '--check', '.')],
  ['dependency direction', () => run(process.execPath, ['scripts/checkDeps.mjs'])],
  [
    'unit tests',
    () =>
      exec(
        'exec',
        'vitest',
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${join(OUT, 'unit.json')}`,
      ),
  ],
  ['build web client', () => exec('--filter', '@tavolo/web', 'build')],
  [
    'end-to-end tests',
    async () => {
      const chromium = ensureChromium();
      if (!chromium) return 1;
      return run(cmd, [...pre, '--filter', '@tavolo/e2e', 'exec', 'playwright', 'test'], {
        env: { ...process.env, TAVOLO_CHROMIUM: chromium },
      });
    },
  ],
];

const results = [];
for (const [name, step] of steps) {
  console.log(`\n▶ ${name}`);
  const code = await step();
  results.push([name, code]);
  console.log(code === 0 ? `✔ ${name}` : `✘ ${name} (exit ${code})`);
}

function count(file, read) {
  const path = join(OUT, file);
  if (!existsSync(path)) return { passed: 0, failed: 0 };
  try {
    return read(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return { passed: 0, failed: 0 };
  }
}
const unit = count('unit.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const e2e = count('e2e.json', (r) => ({
  passed: r.stats.expected,
  failed: r.stats.unexpected + r.stats.flaky,
}));

console.log('\nSummary');
for (const [name, code] of results) console.log(`  ${code === 0 ? '✔' : '✘'} ${name}`);
console.log(`  unit tests: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`  end-to-end tests: ${e2e.passed} passed, ${e2e.failed} failed`);
const failedSteps = results.filter(([, code]) => code !== 0).length;
console.log(
  `tests: ${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed + failedSteps} failed`,
);
process.exit(failedSteps > 0 ? 1 : 0);
