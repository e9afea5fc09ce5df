import { expect, test, type Browser } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { JoinPage } from '../pages/JoinPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { ProjectorPage } from '../pages/ProjectorPage.js';
import { expectAccessible } from '../support/axe.js';
import { invitationCode, newTable } from '../support/events.js';

const NEEDS = 'Fabbisogni di competenze';
const TRENDS = 'Dati e tendenze';
const RITA = { name: 'Rita Bruni', organisation: 'CNH Industrial' };
const FIRST = 'Tecnico di oleodinamica digitale';
const SECOND = 'Manutentore meccatronico con basi di visione artificiale';
const THIRD = 'Programmatore PLC per linee di assemblaggio';

/**
 * A participant who joins through what the wall's QR code encodes (on a laptop, where the board
 * shows every section at once).
 */
async function joinFromTheWall(browser: Browser, wall: ProjectorPage) {
  const qrText = await wall.qr().getAttribute('data-qr-text');
  const phone = new JoinPage(await (await browser.newContext()).newPage());
  await phone.page.goto(qrText!);
  await expect(phone.page.getByRole('heading', { name: 'Sei invitato a un tavolo' })).toBeVisible();
  await phone.join(RITA.name, RITA.organisation);
  return new BoardPage(phone.page);
}

test('the projector follows a table from silent writing to the conclusions', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const tableId = await newTable(request, 'Oleodinamica e fluidica');
  const moderator = await ModeratorPage.open(browser, tableId, { width: 1280, height: 800 });
  const wall = await ProjectorPage.asObserver(browser, tableId);

  // The QR code opens the short join page with the table's code, spelt out under it.
  const code = (await wall.code().textContent())!;
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  const origin = new URL(wall.page.url()).origin;
  await expect(wall.qr()).toHaveAttribute('data-qr-text', `${origin}/entra?codice=${code}`);
  await expect(wall.page.getByText(`${new URL(origin).host}/entra`)).toBeVisible();
  await expect(wall.stage()).toContainText('Tra poco si comincia');

  const rita = await joinFromTheWall(browser, wall);
  await expect(wall.page.locator('.projector-people')).toHaveAttribute('data-count', '1');

  // Silent writing: the wall counts what is written and shows none of it.
  await moderator.goToPhase('Scrittura silenziosa');
  await rita.addCard(NEEDS, FIRST);
  await rita.addCard(NEEDS, SECOND);
  await rita.addCard(TRENDS, 'Domanda di tecnici ITS in crescita');
  const needsTile = wall.stage().locator('.count-tile', { hasText: NEEDS });
  await expect(needsTile.locator('[data-section-count]')).toHaveAttribute(
    'data-section-count',
    '2',
  );
  await expect(wall.count()).toHaveAttribute('data-count', '3');
  await expect(wall.page.getByText(FIRST)).toHaveCount(0);
  await wall.expectNoScrolling();

  // Sharing: the cards are revealed on the wall, newest first, credited as she consented.
  await moderator.goToPhase('Condivisione');
  const needs = wall.column(NEEDS);
  await expect(needs.locator('.wall-card').first()).toContainText(SECOND);
  await expect(needs.locator('.wall-card', { hasText: FIRST })).toContainText(
    `${RITA.name}, ${RITA.organisation}`,
  );
  await rita.addCard(NEEDS, THIRD);
  await expect(needs.locator('.wall-card').first()).toContainText(THIRD);

  // The spotlit card fills the stage.
  await moderator.chooseFromCardMenu(FIRST, 'Metti in evidenza');
  await expect(wall.spotlight()).toContainText('In evidenza');
  await expect(wall.spotlight().getByRole('heading', { level: 2 })).toHaveText(FIRST);
  await wall.expectNoScrolling();
  await wall.screenshot('projector-spotlight');
  await moderator.chooseFromCardMenu(FIRST, 'Togli l’evidenza');
  await expect(wall.spotlight()).toHaveCount(0);

  // Grouping: a group forms on the wall as the moderator makes it.
  await moderator.goToPhase('Raggruppamento');
  await moderator.createGroup(NEEDS, 'Manutenzione e automazione');
  await expect(needs.locator('.wall-group')).toContainText('Manutenzione e automazione');

  // Voting: how many have voted and how many dots are placed, never an item's total.
  await moderator.goToPhase('Votazione');
  await expect(wall.voteProgress().locator('[data-voters]')).toHaveAttribute('data-voters', '0');
  await rita
    .card(FIRST)
    .getByRole('button', { name: `+ Punto al contributo «${FIRST}»` })
    .click();
  await expect(wall.voteProgress().locator('[data-voters]')).toHaveAttribute('data-voters', '1');
  await expect(wall.voteProgress().locator('[data-dots]')).toHaveAttribute('data-dots', '1');
  await expect(wall.voteProgress()).toContainText('ha votato su 1');
  await expect(wall.page.getByText('1 voto')).toHaveCount(0);
  await wall.expectNoScrolling();
  await wall.screenshot('projector-voting');

  // Synthesis: the most voted items and the moderator's conclusions.
  await moderator.panel().getByRole('button', { name: 'Chiudi la votazione' }).click();
  await expect(wall.topItems().locator('li', { hasText: FIRST })).toContainText('1 voto');
  await expect(wall.conclusions()).toContainText('compariranno qui');
  const conclusions = moderator.page.getByRole('textbox', { name: 'Conclusioni del moderatore' });
  await conclusions.fill(
    'Servono tecnici di oleodinamica digitale entro un anno.\n\nProporre un percorso ITS serale con le aziende del distretto.',
  );
  await moderator.page.getByRole('button', { name: 'Salva le conclusioni' }).click();
  await expect(wall.conclusions().locator('p')).toHaveText([
    'Servono tecnici di oleodinamica digitale entro un anno.',
    'Proporre un percorso ITS serale con le aziende del distretto.',
  ]);
  await wall.expectNoScrolling();
  await expectAccessible(wall.page);
  await wall.screenshot('projector-synthesis');
});

test('the projector fits 1280×720, 1366×768 and 1920×1080 with a long board', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const tableId = await newTable(request, 'Meccatronica e motoristica');
  const moderator = await ModeratorPage.open(browser, tableId, { width: 1280, height: 800 });
  const wall = await ProjectorPage.asObserver(browser, tableId);
  const rita = await joinFromTheWall(browser, wall);
  await moderator.goToPhase('Condivisione');
  const long =
    'Tecnici di manutenzione predittiva capaci di leggere i dati dei sensori, programmare PLC e dialogare con i fornitori di sistemi di visione artificiale';
  for (let i = 1; i <= 7; i++) await rita.addCard(NEEDS, `${i}. ${long}`);
  await rita.addCard(TRENDS, 'Le offerte per tecnici ITS in automazione sono tre per candidato');

  // Seven long cards: the four newest show, the others are counted.
  const needs = wall.column(NEEDS);
  await expect(needs.locator('.wall-card')).toHaveCount(4);
  await expect(needs.locator('.wall-more')).toHaveText('+ altri 3');
  await expect(needs.locator('.wall-card').first()).toContainText(`7. ${long.slice(0, 20)}`);

  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await wall.page.setViewportSize({ width, height });
    await wall.expectNoScrolling();
    // Everything the wall shows is on screen: the last card, the code, the counts.
    await expect(needs.locator('.wall-card').last()).toBeInViewport({ ratio: 1 });
    await expect(needs.locator('.wall-more')).toBeInViewport({ ratio: 1 });
    await expect(wall.code()).toBeInViewport({ ratio: 1 });
    await expect(wall.count()).toBeInViewport({ ratio: 1 });
    await wall.screenshot(`projector-${width}`);
  }
});

test('the projector speaks its event’s language and switches between Italian and English', async ({
  browser,
  request,
}) => {
  const tableId = await newTable(request, 'Digital skills for agrifood', 'en');
  const wall = await ProjectorPage.asObserver(browser, tableId, { width: 1280, height: 720 });
  await expect(wall.page.getByRole('heading', { name: 'Join from your phone' })).toBeVisible();
  await expect(wall.page.locator('html')).toHaveAttribute('lang', 'en');
  await wall.switchLanguage('Italiano');
  await expect(wall.page.getByRole('heading', { name: 'Partecipa dal telefono' })).toBeVisible();
  await expect(wall.page.getByRole('timer')).toContainText('Preparazione');
  // The choice on this device holds over the event's language after a reload.
  await wall.page.reload();
  await expect(wall.page.getByRole('heading', { name: 'Partecipa dal telefono' })).toBeVisible();
  await wall.switchLanguage('English');
  await expect(wall.page.getByRole('timer')).toContainText('Preparation');
  await wall.expectNoScrolling();
});

test('the projector without an observer invitation says what to do and takes one', async ({
  browser,
  request,
}) => {
  const tableId = await newTable(request, 'Edilizia e costruzioni green');
  const page = await (
    await browser.newContext({ viewport: { width: 1366, height: 768 } })
  ).newPage();
  const wall = new ProjectorPage(page);
  await wall.open(tableId);
  await expect(
    page.getByRole('heading', { name: 'Il proiettore si apre con un invito da osservatore' }),
  ).toBeVisible();
  // Not the participants' form, and no word of a connection problem.
  await expect(page.getByLabel('Nome e cognome')).toHaveCount(0);
  await expect(page.getByText(/connessione/i)).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: 'artifacts/projector-no-invitation.png' });
  // On a phone too, nothing runs off the side.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await wall.overflow()).toMatchObject({ horizontal: false });
  await page.screenshot({ path: 'artifacts/projector-no-invitation-phone.png' });
  await page.setViewportSize({ width: 1366, height: 768 });

  // The secretariat's observer code, pasted, opens the projector.
  const code = await invitationCode(page.request, tableId, 'observer');
  await page.getByLabel('Link o codice dell’invito da osservatore').fill(code);
  await page.getByRole('button', { name: 'Apri il proiettore' }).click();
  await page.getByRole('button', { name: 'Apri la vista proiettore' }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${tableId}/proiettore$`));
  await expect(wall.qr()).toBeVisible();
  await expect(page.locator('.connection')).toContainText('In linea');
});
