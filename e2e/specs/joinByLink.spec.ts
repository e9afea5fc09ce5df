import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { expectAccessible } from '../support/axe.js';

const NEEDS = 'Fabbisogni di competenze';
const PROPOSALS = 'Proposte operative';

test('people join by link and write typed cards that others see live', async ({ browser }) => {
  const moderator = await ModeratorPage.open(browser, 'robotica');
  await moderator.goToPhase('Condivisione');

  const giulia = new BoardPage(await (await browser.newContext()).newPage());
  await giulia.open('robotica');
  await expect(giulia.page.getByRole('heading', { name: 'Partecipa al tavolo' })).toBeVisible();
  await expectAccessible(giulia.page);
  await giulia.join('Giulia Conti', 'Officine Meccaniche Reggiane');
  const marco = await BoardPage.joined(browser, 'robotica', 'Marco Serra', 'Automazioni Modenesi');

  // The seeded board is there, with its three sections and the phase of the session.
  for (const title of [NEEDS, 'Dati e tendenze', PROPOSALS]) {
    await expect(giulia.section(title)).toBeVisible();
  }
  await expect(giulia.card('Tecnico di integrazione robotica')).toBeVisible();
  await expect(giulia.phaseBanner()).toContainText('Condivisione');

  // Each sees the other online; a participant has no moderator controls.
  await expect(giulia.presence().getByText('Giulia Conti (tu)')).toBeVisible();
  await expect(giulia.presence().getByText('Marco Serra')).toBeVisible();
  await expect(marco.presence()).toContainText('Giulia Conti');
  await expect(marco.page.getByRole('region', { name: 'Conduzione del tavolo' })).toHaveCount(0);

  // Giulia writes a skill need with its typed fields; Marco sees them at once.
  const needs = giulia.section(NEEDS);
  await giulia.page
    .getByLabel(`Nuovo contributo in «${NEEDS}»`)
    .fill('Esperto di cybersecurity OT');
  // The composer, not the seeded cards (which show their own skills).
  const composer = needs
    .locator('form')
    .filter({ has: giulia.page.getByLabel(`Nuovo contributo in «${NEEDS}»`) });
  await composer.getByText('Dettagli').click();
  await composer.getByLabel('Competenze', { exact: true }).fill('IEC 62443, reti industriali');
  await composer.getByLabel('Orizzonte').selectOption({ label: '1–2 anni' });
  await composer.getByLabel('Assunzioni previste nei prossimi 12 mesi').fill('4');
  await composer.getByLabel('Difficoltà di reperimento').selectOption({ label: 'Alta' });
  await composer.getByRole('button', { name: 'Aggiungi' }).click();
  const onMarco = marco.card('Esperto di cybersecurity OT');
  await expect(onMarco).toContainText('IEC 62443');
  await expect(onMarco).toContainText('1–2 anni');
  await expect(onMarco).toContainText('Alta');
  await expect(onMarco).toContainText('Giulia Conti');

  // Only its author (or the moderator) may edit it; her edit reaches Marco.
  await expect(onMarco.getByRole('button', { name: /^Azioni su/ })).toHaveCount(0);
  await giulia.editCard(
    'Esperto di cybersecurity OT',
    'Profilo / ruolo ricercato',
    'Esperto di cybersecurity OT e reti industriali',
  );
  await expect(marco.card('OT e reti industriali')).toBeVisible();

  // A proposal links to the needs it answers.
  await marco.page.getByLabel(`Nuovo contributo in «${PROPOSALS}»`).fill('Academy regionale OT');
  const proposals = marco.section(PROPOSALS);
  await proposals.getByText('Dettagli').click();
  await proposals.getByRole('checkbox', { name: 'Regione' }).check();
  await proposals.getByRole('checkbox', { name: /Esperto di cybersecurity OT/ }).check();
  await proposals.getByRole('button', { name: 'Aggiungi' }).click();
  await expect(giulia.card('Academy regionale OT')).toContainText('Regione');
  await expect(giulia.card('Academy regionale OT')).toContainText('Esperto di cybersecurity OT');

  // Search and filters narrow the board.
  await giulia.page.getByText('Cerca e filtra').click();
  await giulia.page.getByRole('searchbox', { name: 'Cerca' }).fill('cybersecurity');
  await expect(giulia.card('Tecnico di integrazione robotica')).toHaveCount(0);
  await expect(giulia.card('Esperto di cybersecurity')).toBeVisible();
  await giulia.page.getByRole('button', { name: 'Azzera i filtri' }).click();
  await giulia.page
    .getByLabel('Organizzazione', { exact: true })
    .selectOption('Automazioni Modenesi');
  await expect(giulia.card('Esperto di cybersecurity')).toHaveCount(0);
  await expect(giulia.card('Academy regionale OT')).toBeVisible();
  await giulia.page.getByRole('button', { name: 'Azzera i filtri' }).click();

  await expectAccessible(giulia.page);
  await giulia.screenshot('board-participant');
  await expect(moderator.card('Academy regionale OT')).toBeVisible();
  await expectAccessible(moderator.page);
  await moderator.screenshot('board-moderator');
});

test('English is one click away and stays chosen', async ({ page }) => {
  await page.goto('/t/robotica');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Join the table' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Full name')).toBeVisible();
});
