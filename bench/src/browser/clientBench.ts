import { updateCard, type Actor } from '@tavolo/board';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import * as Y from 'yjs';
import { framingFor, updateBody } from '../clients/framing.js';
import { LoadClient } from '../clients/LoadClient.js';
import { seedTables } from '../servers/seedTables.js';
import { startServer, type ServerProcess } from '../servers/ServerProcess.js';
import { clientUrl } from '../servers/targets.js';
import { pageHooks } from './pageHooks.js';

/** What the client side measured in Chromium. */
export interface BrowserResult {
  readonly cards: number;
  readonly edits: number;
  readonly remoteEditP50Ms: number;
  readonly remoteEditP95Ms: number;
  /** From the socket message to the next animation frame after the DOM change. */
  readonly remoteEditFrameP95Ms: number;
  readonly initialJsGzipKiB: number;
  readonly initialJsRawKiB: number;
  readonly joinToInteractiveMs: number;
  readonly joinRunsMs: number[];
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIST = join(ROOT, 'apps/web/dist');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const MODERATOR = { name: 'M', organisation: 'Bench' };
const CARDS = 500;

const pct = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

/** The gzip size (level 9) of the JavaScript index.html loads before the app can run. */
function initialJs(): { gzip: number; raw: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  let gzip = 0;
  let raw = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(join(DIST, file.replace(/^\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzip: gzip / 1024, raw: raw / 1024 };
}

/**
 * Opens the table as a participant (joined through the API, as the join page would, before
 * the page loads); resolves when every card is shown and the board is live.
 */
async function openBoard(browser: Browser, server: ServerProcess, tableId: string, throttle = 1) {
  const seat = await server.guests.one(tableId, 'participant', {
    name: 'Browser',
    organisation: 'Bench',
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const identity = JSON.stringify({
    participantId: seat.participantId,
    name: seat.name,
    organisation: seat.organisation,
    consent: true,
    role: 'participant',
    token: seat.token,
  });
  await page.addInitScript(pageHooks(`tavolo.identity.${tableId}`, identity));
  if (throttle !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(`http://127.0.0.1:${server.port}/t/${tableId}`);
  await page.waitForFunction(
    (cards) =>
      document.querySelectorAll('li.card[data-card-id]').length >= cards &&
      document.querySelector('[role=status][data-status=live]') !== null,
    CARDS,
    { polling: 'raf', timeout: 120_000 },
  );
  const interactiveMs = await page.evaluate(() => performance.now());
  return { context, page, interactiveMs };
}

/** Client-side measures with the real web app, built and served by our server. */
export async function runBrowserBench(mode: 'full' | 'quick'): Promise<BrowserResult> {
  const build = spawnSync('pnpm', ['--filter', '@tavolo/web', 'build'], { cwd: ROOT });
  if (build.status !== 0 || !existsSync(join(DIST, 'index.html'))) {
    throw new Error(`web build failed: ${build.stderr?.toString().slice(-500)}`);
  }
  const js = initialJs();
  const server = await startServer('ours', { core: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.TAVOLO_CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  try {
    const [table] = await seedTables(server, 1, CARDS);
    const { id, base } = table!;
    const { context, page } = await openBoard(browser, server, id);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);
    const cardIds = [...doc.getMap('cards').keys()];
    const seat = await server.guests.one(id, 'moderator', MODERATOR);
    const moderator: Actor = { id: seat.participantId, role: 'moderator' };
    const url = clientUrl(server, id, seat.token);
    const editor = new LoadClient(url, framingFor('ours', id), -1, doc.clientID, null);
    await editor.connect();
    await editor.synced;
    const edits = mode === 'full' ? 60 : 20;
    for (let i = 0; i < edits; i++) {
      let update: Uint8Array | null = null;
      const take = (u: Uint8Array) => (update = u);
      doc.on('update', take);
      updateCard(doc, moderator, cardIds[(i * 37) % cardIds.length]!, {
        text: `Contributo rivisto bench-edit-${i}# dalla moderatrice`,
      });
      doc.off('update', take);
      editor.sendBody(updateBody(update!));
      await page.waitForFunction((n) => {
        const b = (window as unknown as { __bench: { frames: Record<string, number> } }).__bench;
        return b.frames[String(n)] !== undefined;
      }, i);
      await new Promise((r) => setTimeout(r, 150));
    }
    const timings = await page.evaluate(
      () => (window as unknown as { __bench: Record<string, Record<string, number>> }).__bench,
    );
    const toDom: number[] = [];
    const toFrame: number[] = [];
    for (let i = 0; i < edits; i++) {
      const arrived = timings.arrivals![i]!;
      toDom.push(timings.mutations![i]! - arrived);
      toFrame.push(timings.frames![i]! - arrived);
    }
    await editor.closed();
    await context.close();
    const joinRunsMs: number[] = [];
    for (let r = 0; r < (mode === 'full' ? 5 : 1); r++) {
      const joined = await openBoard(browser, server, id, 4);
      joinRunsMs.push(joined.interactiveMs);
      await joined.context.close();
    }
    return {
      cards: CARDS,
      edits,
      remoteEditP50Ms: pct(toDom, 0.5),
      remoteEditP95Ms: pct(toDom, 0.95),
      remoteEditFrameP95Ms: pct(toFrame, 0.95),
      initialJsGzipKiB: js.gzip,
      initialJsRawKiB: js.raw,
      joinToInteractiveMs: pct(joinRunsMs, 0.5),
      joinRunsMs,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
