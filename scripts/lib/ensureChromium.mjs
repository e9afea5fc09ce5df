// Finds a Chromium for the end-to-end tests, installing Debian's package where it can.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

const HELP = `No Chromium for the end-to-end tests.
  Debian:        sudo apt-get install chromium
  Other systems: install Chromium or Google Chrome,
                 then set TAVOLO_CHROMIUM=/path/to/the/browser and run the tests again.`;

function found() {
  if (process.env.TAVOLO_CHROMIUM) {
    return existsSync(process.env.TAVOLO_CHROMIUM) ? process.env.TAVOLO_CHROMIUM : undefined;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/** The path of a usable Chromium, or null after printing what the person should do. */
export function ensureChromium() {
  const existing = found();
  if (existing) return existing;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt && !process.env.TAVOLO_CHROMIUM) {
    console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const installed =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
        .status === 0;
    const after = installed && found();
    if (after) return after;
  }
  console.error(HELP);
  return null;
}
