import { expect, test } from '@playwright/test';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { expectAccessible } from '../support/axe.js';
import { newTable } from '../support/tables.js';
import { finger } from '../support/touch.js';

const NEEDS = 'Fabbisogni di competenze';
const PROFILES = [
  'Manutentore di celle robotizzate',
  'Programmatore PLC per linee di confezionamento',
  'Tecnico di visione artificiale',
  'Saldatore robotico con patentino',
  'Progettista di impianti oleodinamici',
  'Tecnico della qualità con metrologia 3D',
  'Data analyst per la manutenzione predittiva',
  'Tecnico di cybersecurity OT',
  'Operatore CNC a cinque assi',
  'Esperto di integrazione MES',
  'Tecnico di collaudo elettrico',
  'Disegnatore CAD con competenze PLM',
];
/** Sixty needs, as a busy table writes them; "n. 07" names each one unambiguously. */
const CARDS = Array.from(
  { length: 60 },
  (_, i) => `${PROFILES[i % PROFILES.length]}, richiesta n. ${String(i + 1).padStart(2, '0')}`,
);
const GROUP = 'Manutenzione e automazione';

test('a long board is grouped by keyboard and by touch, with the panel folded away', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const table = await newTable(request, 'Competenze per l’automazione');
  const moderator = await ModeratorPage.open(browser, table, { width: 1280, height: 800 });
  const page = moderator.page;
  await moderator.goToPhase('Condivisione');
  for (const text of CARDS) await moderator.addCard(NEEDS, text);

  // The panel folds to its phases, and stays folded on the next visit.
  await moderator.goToPhase('Raggruppamento');
  const toggle = moderator.panelToggle();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(moderator.panel().getByRole('group', { name: 'Timer' })).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(moderator.panel().getByRole('group', { name: 'Timer' })).toHaveCount(0);
  await page.reload();
  await expect(moderator.panelToggle()).toHaveAttribute('aria-expanded', 'false');
  // Folded, the first cards are on the first screen of a 1280×800 laptop.
  await expect(moderator.card(CARDS[0]!)).toBeInViewport();

  // "New group" is at the top of the section, above the sixty cards.
  await moderator.createGroup(NEEDS, GROUP);
  const group = moderator.group(GROUP);
  await expect(group).toBeVisible();
  await expectAccessible(page);
  await moderator.screenshot('moderator-board-1280', { fullPage: false });

  // Keyboard: the last card, far below the group. Space picks it up, one arrow up reaches the
  // group (the page scrolls to it), Space drops it there.
  const last = CARDS[59]!;
  await moderator.dragHandle(last).focus();
  await expect(moderator.group(GROUP)).not.toBeInViewport();
  await page.keyboard.press('Space');
  await expect(moderator.card(last)).toHaveClass(/dragging/);
  await page.keyboard.press('ArrowUp');
  await expect(group).toHaveClass(/drop-over/);
  await page.keyboard.press('Space');
  await expect(group.locator('li.card', { hasText: last })).toBeVisible();

  // Touch, on a tablet: a long press on a card far down the board picks it up; held at the top
  // edge, the page scrolls up until the group is in reach; the finger lifts over it.
  const tablet = await ModeratorPage.open(
    browser,
    table,
    { width: 1024, height: 1366 },
    {
      hasTouch: true,
    },
  );
  await tablet.panelToggle().click();
  const touched = CARDS[57]!;
  const card = tablet.card(touched);
  await card.scrollIntoViewIfNeeded();
  const box = (await card.locator('.card-text').boundingBox())!;
  const touch = await finger(tablet.page);
  await touch.down(box.x + 40, box.y + 8);
  await expect(card).toHaveClass(/dragging/);
  await touch.move(box.x + 60, 12);
  const onTablet = tablet.group(GROUP);
  // The page scrolls while the finger rests at the edge, up to the top of the board.
  await expect.poll(() => tablet.page.evaluate(() => window.scrollY), { timeout: 60_000 }).toBe(0);
  await expect(onTablet).toBeInViewport();
  const target = (await onTablet.locator('h3').boundingBox())!;
  await touch.move(target.x + 20, target.y + 10, 4);
  await expect(onTablet).toHaveClass(/drop-over/);
  await touch.up();
  await expect(onTablet.locator('li.card', { hasText: touched })).toBeVisible();
  await expect(group.locator('li.card', { hasText: touched })).toBeVisible();
  await expect(group.locator('li.card')).toHaveCount(2);
});
