import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';

const TRENDS = 'Dati e tendenze';
const OFFLINE_CARD = 'Dato scritto senza rete: 40% dei tecnici over 55';

test('an edit made offline survives a reload and syncs when the network returns', async ({
  browser,
}) => {
  const moderator = await ModeratorPage.open(browser, 'robotica');
  await moderator.goToPhase('Condivisione');
  const chiara = await BoardPage.joined(browser, 'robotica', 'Chiara Lodi', 'Fondazione ITS Maker');
  const page = chiara.page;
  // The app shell is on the device once the service worker controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);

  // Joining wrote the person's profile; wait until the server has confirmed it.
  await expect(chiara.status().locator('.connection-pending')).toHaveCount(0);
  await page.context().setOffline(true);
  await expect(chiara.status()).toHaveAttribute('data-status', 'offline');
  await expect(chiara.status()).toContainText('Non in linea');
  await chiara.addCard(TRENDS, OFFLINE_CARD);
  await expect(chiara.status()).toContainText('1 modifica in attesa');

  // Reloading with no network: the page, the card and the waiting change are all still there.
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(chiara.card(OFFLINE_CARD)).toBeVisible();
  await expect(chiara.status()).toHaveAttribute('data-status', 'offline');
  await expect(chiara.status()).toContainText('1 modifica in attesa');
  await expect(moderator.card(OFFLINE_CARD)).toHaveCount(0);

  // Back online: the card reaches the server and everyone; nothing waits any more.
  await page.context().setOffline(false);
  await expect(chiara.status()).toHaveAttribute('data-status', 'live');
  await expect(moderator.card(OFFLINE_CARD)).toBeVisible();
  await expect(chiara.status().locator('.connection-pending')).toHaveCount(0);
  await expect(chiara.status()).toContainText('In linea, sincronizzato');
});
