import { expect, test } from '@playwright/test';
import { E2E_ADMIN_KEY } from '../adminKey.js';
import { BoardPage } from '../pages/BoardPage.js';
import { ProjectorPage } from '../pages/ProjectorPage.js';
import { SecretariatPage } from '../pages/SecretariatPage.js';
import { cspViolations } from '../support/cspViolations.js';

test('the app runs under its Content-Security-Policy with no violation', async ({ browser }) => {
  const context = await browser.newContext();
  const violations = await cspViolations(context);

  // A participant joins and goes live: scripts, styles, the API and the WebSocket are allowed.
  const anna = new BoardPage(await context.newPage());
  const response = await anna.page.goto('/t/robotica');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  await anna.join('Anna Neri', 'ART-ER');
  // The service worker installs and takes the page.
  await anna.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // The projector draws its QR code; the secretariat's pages load their own chunks.
  const wall = new ProjectorPage(await context.newPage());
  await wall.open('robotica');
  await expect(wall.qr()).toBeVisible();
  const secretariat = new SecretariatPage(await context.newPage());
  await secretariat.signIn(E2E_ADMIN_KEY);
  await secretariat.openEvent('Skills Intelligence Emilia-Romagna');

  expect(violations).toEqual([]);
  await context.close();
});
