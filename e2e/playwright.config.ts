import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_ADMIN_KEY } from './adminKey.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { PHASE_GRACE_MS } from './support/server.js';
import { TEST_SECRET } from './support/tokens.js';

const port = Number(process.env.E2E_PORT ?? 18473);
const chromium = findChromium(process.env);
if (!chromium) {
  throw new Error(
    'No Chromium found. Install it (Debian: apt-get install chromium) or set TAVOLO_CHROMIUM.',
  );
}

export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: '../.test-output/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node --import tsx src/main.ts',
    cwd: '../apps/server',
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      TAVOLO_DATA_DIR: mkdtempSync(join(tmpdir(), 'tavolo-e2e-')),
      // Specs sign moderator tokens with the same secret (support/tokens.ts).
      TAVOLO_SECRET: TEST_SECRET,
      TAVOLO_ADMIN_KEY: E2E_ADMIN_KEY,
      TAVOLO_PHASE_GRACE_MS: String(PHASE_GRACE_MS),
    },
  },
});
