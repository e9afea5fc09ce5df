import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { expectAccessible } from '../support/axe.js';

test('on a 390×844 phone one section shows at a time, with tabs and large targets', async ({
  browser,
}) => {
  const moderator = await ModeratorPage.open(browser, 'oleodinamica');
  await moderator.goToPhase('Condivisione');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const marta = new BoardPage(await context.newPage());
  await marta.open('oleodinamica');
  await expectAccessible(marta.page);
  await marta.join('Marta Guidi', 'Idraulica Emiliana');
  const page = marta.page;

  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveCount(3);
  await expect(page.getByRole('tab', { selected: true })).toContainText('Fabbisogni');
  await expect(marta.section('Fabbisogni di competenze')).toBeVisible();
  await expect(marta.section('Dati e tendenze')).toHaveCount(0);

  // Tabs answer to the arrow keys as well as to a tap.
  await page.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { selected: true })).toContainText('Dati e tendenze');
  await expect(marta.section('Dati e tendenze')).toBeVisible();
  await page.getByRole('tab', { name: /Proposte operative/ }).click();
  await marta.addCard('Proposte operative', 'Borse di studio ITS finanziate dalle imprese');
  await expect(moderator.card('Borse di studio ITS finanziate')).toBeVisible();

  // Nothing spills sideways, and every control is at least 44 px tall.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const heights = await page
    .locator('button:visible, select:visible, input:visible, textarea:visible')
    .evaluateAll((els) =>
      els.map((el) => ({
        what: el.outerHTML.slice(0, 80),
        height: Math.round(el.getBoundingClientRect().height),
      })),
    );
  expect(heights.filter((h) => h.height < 44)).toEqual([]);

  await expectAccessible(page);
  await marta.screenshot('board-phone');
});
