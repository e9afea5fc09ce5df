import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { expectAccessible } from '../support/axe.js';

const NEEDS = 'Fabbisogni di competenze';
const FIRST = 'Esperto di pneumatica e oleodinamica proporzionale';
const SECOND = 'Disegnatore di circuiti idraulici';

test('each person votes within the budget; totals show only once voting closes', async ({
  browser,
}) => {
  const moderator = await ModeratorPage.open(browser, 'oleodinamica');
  await moderator.goToPhase('Condivisione');
  const elena = await BoardPage.joined(browser, 'oleodinamica', 'Elena Costa', 'Bosch Rexroth');
  await elena.addCard(NEEDS, FIRST);
  await elena.addCard(NEEDS, SECOND);
  await moderator.setVoteBudget(2);
  await moderator.goToPhase('Votazione');

  const needs = elena.section(NEEDS);
  await expect(needs.locator('.vote-budget')).toContainText('Ti restano 2 punti su 2');
  await elena
    .card(FIRST)
    .getByRole('button', { name: `+ Punto al contributo «${FIRST}»` })
    .click();
  await expect(needs.locator('.vote-budget')).toContainText('Ti resta 1 punto su 2');
  await elena
    .card(FIRST)
    .getByRole('button', { name: `+ Punto al contributo «${FIRST}»` })
    .click();
  await expect(needs.locator('.vote-budget')).toContainText('Ti restano 0 punti su 2');
  await expect(elena.card(FIRST)).toHaveAttribute('data-card-id', /.+/);
  await expect(elena.card(FIRST).locator('.vote-controls')).toHaveAttribute('data-my-votes', '2');

  // The budget is spent: no more dots anywhere in the section; totals stay hidden.
  await expect(
    elena.card(SECOND).getByRole('button', { name: `+ Punto al contributo «${SECOND}»` }),
  ).toBeDisabled();
  await expect(elena.page.locator('.vote-total')).toHaveCount(0);
  await expect(moderator.page.locator('.vote-total')).toHaveCount(0);

  // Taking one back frees a dot.
  await elena
    .card(FIRST)
    .getByRole('button', { name: `− Punto dal contributo «${FIRST}»` })
    .click();
  await expect(needs.locator('.vote-budget')).toContainText('Ti resta 1 punto su 2');
  await elena
    .card(FIRST)
    .getByRole('button', { name: `+ Punto al contributo «${FIRST}»` })
    .click();
  await expectAccessible(elena.page);
  await elena.screenshot('voting');

  // Closing voting shows the totals to everyone.
  await moderator.panel().getByRole('button', { name: 'Chiudi la votazione' }).click();
  await expect(elena.phaseBanner()).toContainText('Sintesi');
  await expect(elena.card(FIRST).locator('.vote-total')).toHaveText('2 voti');
  await expect(elena.card(SECOND).locator('.vote-total')).toHaveText('0 voti');
  await expect(elena.page.locator('.vote-budget')).toHaveCount(0);
});
