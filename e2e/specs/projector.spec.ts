import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { ProjectorPage } from '../pages/ProjectorPage.js';
import { expectAccessible } from '../support/axe.js';

const NEEDS = 'Fabbisogni di competenze';
const TOP = 'Tecnico di oleodinamica digitale';

test('the projector shows phase, timer, live count, join QR and the top items', async ({
  browser,
}) => {
  const moderator = await ModeratorPage.open(browser, 'oleodinamica');
  await moderator.goToPhase('Condivisione');
  // The moderator opens the wall view from the same laptop (same identity on this device).
  const wall = new ProjectorPage(await moderator.page.context().newPage());
  await wall.open('oleodinamica');

  // Until the join-info endpoint exists the QR code opens the table itself.
  const origin = new URL(moderator.page.url()).origin;
  await expect(wall.qr()).toHaveAttribute('data-qr-text', `${origin}/t/oleodinamica`);
  await expect(wall.page.getByRole('timer')).toContainText('Condivisione');
  await expect(wall.page.getByRole('button')).toHaveCount(0);

  // The count of contributions is live.
  const before = Number(await wall.count().getAttribute('data-count'));
  const rita = await BoardPage.joined(browser, 'oleodinamica', 'Rita Bruni', 'CNH Industrial');
  await rita.addCard(NEEDS, TOP);
  await expect(wall.count()).toHaveAttribute('data-count', String(before + 1));
  await expect(wall.page.getByText('I più votati compariranno')).toBeVisible();

  // Once voting closes, the most voted items are on the wall.
  await moderator.goToPhase('Votazione');
  await rita
    .card(TOP)
    .getByRole('button', { name: `+ Punto al contributo «${TOP}»` })
    .click();
  await expect(rita.card(TOP).locator('.vote-controls')).toHaveAttribute('data-my-votes', '1');
  await moderator.panel().getByRole('button', { name: 'Chiudi la votazione' }).click();
  await expect(wall.topItems()).toContainText(TOP);
  await expect(wall.topItems().locator('li', { hasText: TOP })).toContainText('1 voto');
  await expectAccessible(wall.page);
  await wall.page.screenshot({ path: 'artifacts/projector.png' });
});

test('the projector encodes the invitation from join-info when the server has it', async ({
  browser,
}) => {
  const moderator = await ModeratorPage.open(browser, 'oleodinamica');
  const page = moderator.page;
  let authorization: string | undefined;
  await page.route('**/api/tables/oleodinamica/join-info', async (route) => {
    authorization = route.request().headers().authorization;
    await route.fulfill({ json: { code: 'K7P4QX', url: 'http://tavolo.test/i/abc123' } });
  });
  const wall = new ProjectorPage(page);
  await wall.open('oleodinamica');
  await expect(wall.qr()).toHaveAttribute('data-qr-text', 'http://tavolo.test/i/abc123');
  await expect(page.getByText('K7P4QX')).toBeVisible();
  expect(authorization).toMatch(/^Bearer [\w-]+\.[\w-]+$/);
});
