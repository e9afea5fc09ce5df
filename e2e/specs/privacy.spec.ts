import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { ProjectorPage } from '../pages/ProjectorPage.js';
import { Wiretap } from '../pages/Wiretap.js';
import { joinedIdentity } from '../support/tokens.js';

const TABLE = 'edilizia-green';
const NEEDS = 'Fabbisogni di competenze';
const PHONE = { width: 390, height: 844 };
/** Wrote a card: nobody but the moderator may learn it was her. */
const SERAFINA = { name: 'Serafina Acquamarina', organisation: 'Cantieri Lapislazzuli' };
/** The demo's author on this table, recorded in the catalogue. */
const LUCA = { name: 'Luca Morandi', organisation: 'Costruzioni Romagnole' };
const CARD = 'Posatori specializzati in cappotto termico';

test('at an anonymous table neither a phone nor the projector learns who wrote what', async ({
  browser,
}) => {
  // Four browser contexts at once (moderator, two phones, the wall).
  test.setTimeout(120_000);
  const moderator = await ModeratorPage.open(browser, TABLE);
  await moderator.goToPhase('Condivisione');
  const settings = moderator.panel();
  await settings.getByLabel('Contributi anonimi').check();
  await settings.getByLabel('Mostra le organizzazioni').uncheck();

  // Serafina writes from her phone.
  const serafina = new BoardPage(await (await browser.newContext({ viewport: PHONE })).newPage());
  await serafina.open(TABLE);
  await serafina.join(SERAFINA.name, SERAFINA.organisation);
  await serafina.addCard(NEEDS, CARD);
  // She sees herself; the moderator, who runs the table, sees who wrote it.
  await expect(serafina.card(CARD)).toContainText(`di ${SERAFINA.name}`);
  await expect(moderator.card(CARD)).toContainText(`di ${SERAFINA.name}, ${SERAFINA.organisation}`);

  // Bartolo's phone records everything it receives from the moment it opens the table.
  const bartolo = new BoardPage(await (await browser.newContext({ viewport: PHONE })).newPage());
  const phoneWire = new Wiretap(bartolo.page);
  await bartolo.open(TABLE);
  await bartolo.join('Bartolo Peridoto', 'Impianti Crisoprasio');
  await expect(bartolo.card(CARD)).toBeVisible();
  await expect(bartolo.card(CARD).locator('.card-author')).toHaveText('Anonimo');
  // Serafina is online, and stays nobody in particular.
  await expect(bartolo.presence()).toContainText('Un partecipante');

  // The projector, on its own observer invitation, records the same.
  const wallContext = await browser.newContext();
  const observer = await joinedIdentity(wallContext.request, TABLE, {
    name: 'Proiettore aula Giada',
    organisation: '',
    role: 'observer',
  });
  await wallContext.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
    `tavolo.identity.${TABLE}`,
    JSON.stringify(observer),
  ] as const);
  const wall = new ProjectorPage(await wallContext.newPage());
  const wallWire = new Wiretap(wall.page);
  await wall.open(TABLE);
  await expect(wall.count()).toHaveAttribute('data-count', '2');

  // Serafina writes again while both watch: the card arrives, her name does not.
  await serafina.addCard(NEEDS, 'Isolamento a secco');
  await expect(bartolo.card('Isolamento a secco')).toBeVisible();
  await expect(wall.count()).toHaveAttribute('data-count', '3');

  for (const [who, page, wire] of [
    ['phone', bartolo.page, phoneWire],
    ['projector', wall.page, wallWire],
  ] as const) {
    expect(wire.count, who).toBeGreaterThan(0);
    for (const secret of [SERAFINA.name, SERAFINA.organisation, LUCA.name, LUCA.organisation]) {
      await expect(page.getByText(secret), `${secret} on the ${who}`).toHaveCount(0);
      expect(await wire.heard(secret), `${secret} reached the ${who}`).toBe(false);
    }
    // The moderator said yes when joining, but the table is anonymous: not named either.
    expect(await wire.heard('Federico Marchi'), `moderator reached the ${who}`).toBe(false);
  }
  // The phone did hear what it may: its own person, and the card's text.
  expect(await phoneWire.heard('Bartolo Peridoto')).toBe(true);
  expect(await phoneWire.heard('Isolamento a secco')).toBe(true);
});

test('a person sees and changes their consent to be named in the paper', async ({ browser }) => {
  const person = await BoardPage.joined(browser, TABLE, 'Ilario Tormalina', 'Fornaci Agata');
  const consent = person.page.getByRole('checkbox', {
    name: 'Acconsento a essere nominato nel position paper',
  });
  await expect(consent).not.toBeChecked();
  await consent.check();
  await expect(consent).toBeChecked();
  // Kept by the server: after a reload the board shows the answer it holds.
  await person.page.reload();
  await expect(person.status()).toContainText('In linea');
  await expect(consent).toBeChecked();
});
