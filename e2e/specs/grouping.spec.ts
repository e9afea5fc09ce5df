import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { expectAccessible } from '../support/axe.js';

const NEEDS = 'Fabbisogni di competenze';

test('the moderator groups cards by drag and drop and by keyboard', async ({ browser }) => {
  // A tall laptop window: the card and the group are both in sight while dragging.
  const moderator = await ModeratorPage.open(browser, 'robotica', { width: 1280, height: 1600 });
  await moderator.goToPhase('Condivisione');
  const sara = await BoardPage.joined(browser, 'robotica', 'Sara Galli', 'Tecnopolo Reggio');
  await sara.addCard(NEEDS, 'Manutentore di celle robotizzate');
  await sara.addCard(NEEDS, 'Programmatore di robot per saldatura');

  await moderator.goToPhase('Raggruppamento');
  await moderator.createGroup(NEEDS, 'Manutenzione e programmazione');
  const group = moderator.group('Manutenzione e programmazione');
  await expect(group).toBeVisible();

  // Drag and drop: the card lands in the group, on Sara's screen too.
  // Grabbed by its text, as a person would (the buttons and menus on a card are not handles).
  await moderator
    .card('Manutentore di celle robotizzate')
    .dragTo(group, { sourcePosition: { x: 24, y: 14 } });
  const groupOnSara = sara.page.getByRole('region', { name: 'Manutenzione e programmazione' });
  await expect(groupOnSara.locator('li.card', { hasText: 'Manutentore di celle' })).toBeVisible();

  // Keyboard: focus the card's group menu and pick the group with the arrow keys.
  const menu = moderator.page.getByLabel('Gruppo di «Programmatore di robot per saldatura»');
  await menu.focus();
  await moderator.page.keyboard.press('ArrowDown');
  await expect(menu).toHaveValue(/.+/);
  await expect(groupOnSara.locator('li.card', { hasText: 'Programmatore di robot' })).toBeVisible();

  // A participant cannot group: no group menus, no drag handles.
  await expect(sara.page.getByLabel(/^Gruppo di/)).toHaveCount(0);
  await expect(sara.page.locator('li.card[draggable="true"]')).toHaveCount(0);

  // Taking a card out again, by keyboard, is just as possible.
  await moderator.page.getByLabel('Gruppo di «Programmatore di robot per saldatura»').focus();
  await moderator.page.keyboard.press('ArrowUp');
  await expect(groupOnSara.locator('li.card', { hasText: 'Programmatore di robot' })).toHaveCount(
    0,
  );
  await expect(sara.card('Programmatore di robot per saldatura')).toBeVisible();

  await expectAccessible(moderator.page);
  await moderator.screenshot('grouping-moderator');
});
