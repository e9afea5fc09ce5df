import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { Wiretap } from '../pages/Wiretap.js';
import { expectAccessible } from '../support/axe.js';

const NEEDS = 'Fabbisogni di competenze';

test('silent writing hides others’ cards until the moderator reveals them', async ({ browser }) => {
  const moderator = await ModeratorPage.open(browser, 'oleodinamica');
  await moderator.goToPhase('Scrittura silenziosa');
  const anna = await BoardPage.joined(browser, 'oleodinamica', 'Anna Neri', 'Idraulica Emiliana');
  // Luca's phone records every byte it receives: hidden text must not be among them.
  const luca = new BoardPage(await (await browser.newContext()).newPage());
  const lucaWire = new Wiretap(luca.page);
  await luca.open('oleodinamica');
  await luca.join('Luca Rinaldi', 'ITS Maker');

  // Luca sees only a count of what others wrote, never their text.
  const hidden = luca.section(NEEDS).locator('.hidden-notice');
  await expect(hidden).toBeVisible();
  const before = Number(await hidden.getAttribute('data-hidden'));
  await anna.addCard(NEEDS, 'Collaudatore di banchi prova oleodinamici');
  await expect(hidden).toHaveAttribute('data-hidden', String(before + 1));
  await expect(hidden).toContainText(`${before + 1} contributi degli altri`);
  await expect(luca.card('Collaudatore di banchi prova')).toHaveCount(0);
  expect(await lucaWire.heard('Collaudatore di banchi prova')).toBe(false);
  await expect(luca.phaseBanner()).toContainText('Scrittura silenziosa');

  // His own card is his to see; Anna sees his only as a number too.
  await luca.addCard(NEEDS, 'Tecnico di service per macchine mobili');
  await expect(anna.card('Tecnico di service per macchine mobili')).toHaveCount(0);
  await expectAccessible(luca.page);
  await luca.screenshot('silent-writing');

  // Reveal: every card is on every screen.
  await moderator.panel().getByRole('button', { name: 'Rivela i contributi' }).click();
  await expect(luca.phaseBanner()).toContainText('Condivisione');
  await expect(luca.card('Collaudatore di banchi prova oleodinamici')).toBeVisible();
  expect(await lucaWire.heard('Collaudatore di banchi prova')).toBe(true);
  await expect(anna.card('Tecnico di service per macchine mobili')).toBeVisible();
  await expect(luca.section(NEEDS).locator('.hidden-notice')).toHaveCount(0);
});
