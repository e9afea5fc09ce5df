import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';

const NEEDS = 'Fabbisogni di competenze';
const PROPOSALS = 'Proposte operative';

test('two people co-edit the demo board live', async ({ browser }) => {
  const giulia = new BoardPage(await (await browser.newContext()).newPage());
  const marco = new BoardPage(await (await browser.newContext()).newPage());

  await giulia.open('robotica');
  await giulia.join('Giulia Conti', 'Officine Meccaniche Reggiane');
  await marco.open('robotica');
  await marco.join('Marco Serra', 'Automazioni Modenesi');

  // The seeded board is there, with its three sections.
  for (const title of [NEEDS, 'Dati e tendenze', PROPOSALS]) {
    await expect(giulia.section(title)).toBeVisible();
  }
  await expect(giulia.card('Tecnico di integrazione robotica')).toBeVisible();

  // Each sees the other online.
  await expect(giulia.presence().getByText('Giulia Conti (tu)')).toBeVisible();
  await expect(giulia.presence().getByText('Marco Serra')).toBeVisible();
  await expect(marco.presence().getByText('Giulia Conti')).toBeVisible();
  await expect(marco.presence()).toContainText('2 persone collegate');

  // Giulia's new card appears on Marco's screen.
  await giulia.addCard(NEEDS, 'Esperto di cybersecurity per impianti OT');
  await expect(
    marco.section(NEEDS).getByText('Esperto di cybersecurity per impianti OT'),
  ).toBeVisible();

  // Only its author may edit it; her edit appears on Marco's screen.
  await expect(
    marco.card('Esperto di cybersecurity').getByRole('button', { name: /^Modifica/ }),
  ).toHaveCount(0);
  await giulia.editCard(
    'Esperto di cybersecurity per impianti OT',
    'Esperto di cybersecurity per impianti OT e reti industriali',
  );
  await expect(marco.card('impianti OT e reti industriali')).toBeVisible();

  // And the other way round, in another section.
  await marco.addCard(PROPOSALS, 'Tirocini estivi retribuiti negli ITS');
  await expect(
    giulia.section(PROPOSALS).getByText('Tirocini estivi retribuiti negli ITS'),
  ).toBeVisible();
  await marco.editCard(
    'Tirocini estivi retribuiti negli ITS',
    'Tirocini estivi retribuiti con ITS e università',
  );
  await expect(giulia.card('con ITS e università')).toBeVisible();

  await giulia.page.screenshot({ path: 'artifacts/board-laptop.png', fullPage: true });
});

test('a card survives a reload', async ({ page }) => {
  const anna = new BoardPage(page);
  await anna.open('oleodinamica');
  await anna.join('Anna Neri', 'ART-ER');
  await anna.addCard(NEEDS, 'Tecnico collaudatore di banchi prova');
  await expect(anna.card('Tecnico collaudatore di banchi prova')).toBeVisible();
  await page.reload();
  await expect(anna.card('Tecnico collaudatore di banchi prova')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/In linea/);
});
