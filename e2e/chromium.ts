import { existsSync } from 'node:fs';

/** Where a system Chromium may be; the test command installs Debian's when none is found. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium to drive: $TAVOLO_CHROMIUM, else the first system one found. */
export function findChromium(env: Record<string, string | undefined>): string | undefined {
  const explicit = env.TAVOLO_CHROMIUM;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
