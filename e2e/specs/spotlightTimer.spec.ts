import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';

const PROPOSALS = 'Proposte operative';
const PHONE = { width: 390, height: 844 };

test('a participant’s phone follows the spotlight and shows the same timer', async ({
  browser,
}) => {
  const moderator = await ModeratorPage.open(browser, 'robotica');
  await moderator.goToPhase('Condivisione');
  const paolo = await BoardPage.as(
    browser,
    'robotica',
    {
      name: 'Paolo Ferri',
      organisation: 'Automazioni Modenesi',
      role: 'participant',
    },
    PHONE,
  );

  // The timer runs on both screens; paused, both show exactly the same time.
  await moderator.startTimer(5);
  await expect(paolo.timer()).toHaveAttribute('data-state', 'running');
  await expect(paolo.timer()).toContainText('in corso');
  await moderator.panel().getByRole('button', { name: 'Pausa' }).click();
  await expect(paolo.timer()).toHaveAttribute('data-state', 'paused');
  const shown = await moderator.timer().locator('.timer-value').textContent();
  expect(shown).toMatch(/^[45]:\d\d$/);
  await expect(paolo.timer().locator('.timer-value')).toHaveText(shown!);

  // Extending adds a minute everywhere.
  await moderator.panel().getByRole('button', { name: '+1 min' }).click();
  const extended = await moderator.timer().locator('.timer-value').textContent();
  expect(extended).not.toBe(shown);
  await expect(paolo.timer().locator('.timer-value')).toHaveText(extended!);

  // The spotlight on a proposal switches Paolo's phone to that tab and scrolls it into sight.
  const target = 'Percorsi ITS serali co-progettati';
  await expect(paolo.page.getByRole('tab', { selected: true })).toContainText('Fabbisogni');
  await moderator.chooseFromCardMenu(target, 'Metti in evidenza');
  await expect(paolo.page.getByRole('tab', { selected: true })).toContainText(PROPOSALS);
  const spotlit = paolo.card(target);
  await expect(spotlit).toHaveAttribute('aria-current', 'true');
  await expect(spotlit).toContainText('In evidenza');
  await expect(spotlit).toBeInViewport();
  await paolo.screenshot('spotlight-phone');

  await moderator.chooseFromCardMenu(target, 'Togli l’evidenza');
  await expect(paolo.card(target)).not.toHaveAttribute('aria-current', 'true');
});
