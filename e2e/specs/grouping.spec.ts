import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { expectAccessible } from '../support/axe.js';

const NEEDS = 'Fabbisogni di competenze';
const GROUP = 'Manutenzione e programmazione';

test('the moderator groups cards by drag and drop and from the card menu', async ({ browser }) => {
  // Tall enough that the group at the top and the new cards at the bottom are both on screen
  // (cards carry their comments button now); the long-board spec covers auto-scrolling.
  const moderator = await ModeratorPage.open(browser, 'robotica', { width: 1280, height: 2400 });
  await moderator.goToPhase('Condivisione');
  const sara = await BoardPage.joined(browser, 'robotica', 'Sara Galli', 'Tecnopolo Reggio');
  await sara.addCard(NEEDS, 'Manutentore di celle robotizzate');
  await sara.addCard(NEEDS, 'Programmatore di robot per saldatura');

  await moderator.goToPhase('Raggruppamento');
  // Folded, the panel leaves the board its screen: the group and the cards are both in reach.
  await moderator.panelToggle().click();
  await moderator.createGroup(NEEDS, GROUP);
  const group = moderator.group(GROUP);
  await expect(group).toBeVisible();

  // Mouse: grabbed by its text, as a person would, and dropped on the group.
  const page = moderator.page;
  const card = moderator.card('Manutentore di celle robotizzate');
  const from = (await card.locator('.card-text').boundingBox())!;
  await page.mouse.move(from.x + 30, from.y + 8);
  await page.mouse.down();
  await page.mouse.move(from.x + 45, from.y + 20, { steps: 3 });
  await expect(card).toHaveClass(/dragging/);
  const to = (await group.locator('h3').boundingBox())!;
  await page.mouse.move(to.x + 20, to.y + 10, { steps: 10 });
  await expect(group).toHaveClass(/drop-over/);
  await page.mouse.up();
  const groupOnSara = sara.page.getByRole('region', { name: GROUP });
  await expect(groupOnSara.locator('li.card', { hasText: 'Manutentore di celle' })).toBeVisible();

  // Keyboard, through the card's menu: Enter opens it, arrows choose, Enter moves the card.
  await moderator.cardMenuButton('Programmatore di robot per saldatura').focus();
  await page.keyboard.press('Enter');
  const move = page.getByRole('menuitem', { name: `Sposta in «${GROUP}»` });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(move).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(groupOnSara.locator('li.card', { hasText: 'Programmatore di robot' })).toBeVisible();

  // A participant cannot group: no drag handles, no group menus.
  await expect(sara.page.getByRole('button', { name: /^Sposta «/ })).toHaveCount(0);
  await expect(sara.page.getByRole('button', { name: /^Azioni sul gruppo/ })).toHaveCount(0);

  // Taking a card out again is one menu choice.
  await moderator.chooseFromCardMenu('Programmatore di robot per saldatura', 'Togli dal gruppo');
  await expect(groupOnSara.locator('li.card', { hasText: 'Programmatore di robot' })).toHaveCount(
    0,
  );
  await expect(sara.card('Programmatore di robot per saldatura')).toBeVisible();

  await expectAccessible(moderator.page);
  await moderator.screenshot('grouping-moderator');
});
