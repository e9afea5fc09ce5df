import { expect, test, type Page } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { expectAccessible } from '../support/axe.js';

const NEEDS = 'Fabbisogni di competenze';

/** How far the page spills sideways (0 when nothing does). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('on 360 and 390 px phones the Wi-Fi drops and the board still fits, composer in reach', async ({
  browser,
}) => {
  const moderator = await ModeratorPage.open(browser, 'agroalimentare-digitale');
  await moderator.goToPhase('Preparazione');

  for (const [width, height, name] of [
    [360, 740, 'Marta Guidi'],
    [390, 844, 'Chiara Lodi'],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width, height },
      hasTouch: true,
      isMobile: true,
    });
    const phone = new BoardPage(await context.newPage());
    await phone.open('agroalimentare-digitale');
    await phone.join(name, 'Caseificio Val d’Enza');
    const page = phone.page;

    // Writing starts: the text box is on the first screen, the title on one line.
    await moderator.goToPhase('Scrittura silenziosa');
    const composer = page.getByLabel(`Nuovo contributo in «${NEEDS}»`);
    await expect(composer).toBeInViewport();
    const title = page.getByRole('heading', { level: 1 });
    const titleBox = (await title.boundingBox())!;
    expect(titleBox.height).toBeLessThan(30);

    // The Wi-Fi drops: the long offline message wraps, nothing spills sideways, and a card can
    // still be written and added.
    await context.setOffline(true);
    await expect(phone.status()).toHaveAttribute('data-status', 'offline');
    await expect(phone.status()).toContainText('Non in linea');
    const badge = (await phone.status().boundingBox())!;
    expect(badge.x + badge.width).toBeLessThanOrEqual(width);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await expect(composer).toBeInViewport();
    await phone.addCard(NEEDS, `Tecnico di linea per il confezionamento (${width} px)`);
    await expect(phone.status()).toContainText('1 modifica in attesa');
    expect(await sideways(page)).toBeLessThanOrEqual(0);

    // Scrolled down, the sticky tabs do not hide the heading of the section chosen.
    await page.mouse.wheel(0, 400);
    await page.getByRole('tab', { name: /Proposte operative/ }).click();
    const tabs = (await page.getByRole('tablist').boundingBox())!;
    const heading = (await phone.section('Proposte operative').getByRole('heading').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(tabs.y + tabs.height - 1);

    await expectAccessible(page);
    if (width === 390) await phone.screenshot('phone-390', { fullPage: false });
    await context.setOffline(false);
    await expect(phone.status()).toContainText('In linea, sincronizzato');
    await context.close();
  }
});
