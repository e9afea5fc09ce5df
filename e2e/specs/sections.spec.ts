import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { SectionsEditor } from '../pages/SectionsEditor.js';
import { expectAccessible } from '../support/axe.js';
import { createTable } from '../support/tables.js';

test('a moderator shapes a blank board and a participant writes in it live', async ({
  browser,
  request,
}) => {
  const tableId = await createTable(request, { title: 'Tavolo libero', templateId: 'blank' });
  const moderator = await ModeratorPage.open(browser, tableId, { width: 1280, height: 1100 });
  const sara = await BoardPage.as(
    browser,
    tableId,
    { name: 'Sara Galli', organisation: 'Tecnopolo Reggio', role: 'participant' },
    undefined,
    'invitation',
  );
  await expect(
    sara.page.getByText('Il moderatore non ha ancora preparato le sezioni'),
  ).toBeVisible();

  // The blank board opens the editor by itself: one section of each kind.
  const editor = new SectionsEditor(moderator.page);
  await expect(editor.root()).toHaveAttribute('open', '');
  await editor.add('Fabbisogno di competenze', 'Profili introvabili');
  await editor.add('Dato o tendenza', 'Numeri del comparto');
  await editor.add('Proposta', 'Proposte alla Regione');
  await editor.add('Nota', 'Da togliere');
  await expect(editor.root().getByText('Raccoglie: Dato o tendenza')).toBeVisible();

  // Renamed in place, moved up with its button, an empty one removed.
  await editor.rename(2, 'Dati sul comparto');
  await editor.moveUp('Proposte alla Regione');
  await expect(
    editor.root().getByRole('button', { name: 'Sposta «Proposte alla Regione» su' }),
  ).toBeFocused();
  await editor.removeButton('Da togliere').click();
  await expect(editor.root().getByRole('status')).toHaveText('Sezione «Da togliere» rimossa.');
  const order = ['Profili introvabili', 'Proposte alla Regione', 'Dati sul comparto'];
  await expect(editor.titles()).toHaveCount(order.length);
  for (const [i, title] of order.entries()) await expect(editor.titles().nth(i)).toHaveValue(title);

  // Sara's board follows, live, in the same order; nothing of the removed one.
  await expect(sara.page.locator('section.section h2')).toHaveText(order);
  await expect(sara.page.getByText('Da togliere')).toHaveCount(0);

  // She writes a skill need in the new section; the moderator sees it, and may no longer
  // remove that section: the editor says why.
  await moderator.goToPhase('Condivisione');
  await sara.addCard('Profili introvabili', 'Tecnico di robotica collaborativa');
  await expect(moderator.card('Tecnico di robotica collaborativa')).toBeVisible();
  const keep = editor.removeButton('Profili introvabili');
  await expect(keep).toHaveAttribute('aria-disabled', 'true');
  await expect(keep).toHaveAccessibleDescription(/Contiene 1 contributo/);
  // Still focusable (aria-disabled, not disabled): pressed from the keyboard, it says why.
  await keep.focus();
  await moderator.page.keyboard.press('Enter');
  await expect(editor.root().getByRole('alert')).toContainText('spostalo o eliminalo');
  await expect(sara.page.locator('section.section h2')).toHaveText(order);

  await expectAccessible(moderator.page);
  await moderator.screenshot('sections-editor');

  // On a phone the editor and the section tabs fit the width: nothing scrolls sideways.
  const fits = (page: typeof moderator.page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  await moderator.page.setViewportSize({ width: 360, height: 740 });
  await expect.poll(() => fits(moderator.page)).toBe(true);
  await editor.root().scrollIntoViewIfNeeded();
  await moderator.page.screenshot({ path: 'artifacts/sections-editor-phone.png' });
  await sara.page.setViewportSize({ width: 390, height: 844 });
  await expect(sara.page.getByRole('tab')).toHaveText([
    /Profili introvabili/,
    /Proposte alla Regione/,
    /Dati sul comparto/,
  ]);
  await expect.poll(() => fits(sara.page)).toBe(true);
});
