import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { PHASE_GRACE_MS } from '../support/server.js';

const TABLE = 'agroalimentare-digitale';
const NEEDS = 'Fabbisogni di competenze';
const CARD = 'Tecnologo alimentare con competenze di tracciabilità digitale';

test('a card written offline after the board was locked is undone by the server, and its writer is told why', async ({
  browser,
}) => {
  const moderator = await ModeratorPage.open(browser, TABLE);
  await moderator.goToPhase('Condivisione');
  const nadia = await BoardPage.as(browser, TABLE, {
    name: 'Nadia Ferretti',
    organisation: 'Caseificio Val d’Enza',
    role: 'participant',
  });

  // Nadia's Wi-Fi drops; meanwhile the moderator locks the board.
  await nadia.page.context().setOffline(true);
  await expect(nadia.status()).toHaveAttribute('data-status', 'offline');
  await moderator.panel().getByRole('button', { name: 'Blocca la bacheca' }).click();
  await expect(moderator.phaseBanner()).toContainText('Il moderatore ha bloccato la bacheca');

  // Her phone does not know yet: it lets her write, and keeps the card for the server.
  await nadia.addCard(NEEDS, CARD);
  // She stays offline past the grace period an offline backlog is given after a change.
  await nadia.page.waitForTimeout(PHASE_GRACE_MS + 1_000);
  await nadia.page.context().setOffline(false);

  // The server undid it: the card is gone from her screen and never reached the moderator's,
  // and her screen says why.
  const notice = nadia.page.getByRole('alert');
  await expect(notice).toContainText('Una tua modifica non è stata accettata');
  await expect(notice).toContainText('Un contributo: la bacheca è bloccata dal moderatore');
  await expect(nadia.card(CARD)).toHaveCount(0);
  await expect(moderator.card(CARD)).toHaveCount(0);
  await expect(nadia.status().locator('.connection-pending')).toHaveCount(0);
  await nadia.screenshot('edit-not-accepted');
  await notice.getByRole('button', { name: 'Ho capito' }).click();
  await expect(nadia.page.getByRole('alert')).toHaveCount(0);

  await moderator.panel().getByRole('button', { name: 'Sblocca la bacheca' }).click();
});
