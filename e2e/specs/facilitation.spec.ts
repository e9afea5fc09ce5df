import { expect, test } from '@playwright/test';
import { E2E_ADMIN_KEY } from '../adminKey.js';
import { BoardPage } from '../pages/BoardPage.js';
import { ControlRoomPage } from '../pages/ControlRoomPage.js';
import { FacilitationPanel } from '../pages/FacilitationPanel.js';
import { JoinPage } from '../pages/JoinPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';
import { SecretariatPage } from '../pages/SecretariatPage.js';

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const EVENT = 'Skills Intelligence Piacenza';
const TABLE = 'Logistica e meccatronica';
const NEEDS = 'Fabbisogni di competenze';
const NEED = 'Tecnico di magazzino automatizzato (PLC)';

/** Today as the date field wants it, in the browser's (and server's) time zone. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('the moderator times the phases and sees who has written and voted; the control room sees the table run late', async ({
  browser,
}) => {
  // One journey across four screens on a shared machine: more than the default minute.
  test.setTimeout(180_000);
  // The secretariat prepares the table and names its moderator, who gets an invitation.
  const secretariat = new SecretariatPage(
    await (await browser.newContext({ viewport: LAPTOP })).newPage(),
  );
  await secretariat.signIn(E2E_ADMIN_KEY);
  await secretariat.openNewEventForm();
  await secretariat.createEvent({
    title: EVENT,
    date: today(),
    startTime: '00:00',
    place: 'Polo logistico di Piacenza',
  });
  const eventId = secretariat.eventId();
  await secretariat.addTable({ title: TABLE, cluster: 'Clust-ER MECH', moderator: 'Giulia Neri' });
  const moderatorLink = secretariat
    .table(TABLE)
    .getByLabel('Link dell’invito Moderatore · Giulia Neri');
  await expect(moderatorLink).toBeVisible();
  const moderatorUrl = await moderatorLink.inputValue();
  const participants = await secretariat.invite(TABLE, 'Partecipanti', 'Sala B');

  // The moderator joins with her own invitation; alone, the board says so.
  const giulia = new JoinPage(await (await browser.newContext({ viewport: LAPTOP })).newPage());
  await giulia.openLink(moderatorUrl);
  await giulia.join('Giulia Neri', 'Clust-ER MECH');
  const moderator = new ModeratorPage(giulia.page);
  const aids = new FacilitationPanel(giulia.page);
  await expect(moderator.presence()).toContainText('Solo tu al tavolo');

  // She plans the session: ten minutes of silent writing, six seconds of voting.
  await aids.setAgenda({ 'Scrittura silenziosa': '10', Votazione: '0,1' });
  await expect(aids.panel().getByText('Totale previsto: 10:06')).toBeVisible();
  await moderator.screenshot('agenda-moderator');

  // Moving to silent writing starts the timer from its timebox.
  await moderator.goToPhase('Scrittura silenziosa');
  await expect(moderator.timer()).toHaveAttribute('data-state', 'running');
  await expect(moderator.timer().locator('.timer-value')).toHaveText(/^(10:00|9:[0-5]\d)$/);
  await expect(moderator.panel().getByLabel('Minuti')).toHaveValue('10');
  await expect(moderator.panel()).toContainText('Tempo previsto per la fase: 10:00');

  // A participant joins on her phone and writes; the moderator sees who has written.
  const sara = new JoinPage(await (await browser.newContext({ viewport: PHONE })).newPage());
  await sara.openLink(participants.url);
  await sara.join('Sara Conti', 'Logistica Emiliana Srl');
  await expect(moderator.presence()).toContainText('1 partecipante collegato');
  await expect(aids.participationSummary()).toHaveText(
    'Hanno scritto 0 su 1 · hanno votato 0 su 1',
  );
  const phone = new BoardPage(sara.page);
  await phone.addCard(NEEDS, NEED);
  await expect(aids.participationSummary()).toHaveText(
    'Hanno scritto 1 su 1 · hanno votato 0 su 1',
  );
  // Participants see no one's voting status: the panel is the moderator's alone.
  await expect(phone.page.getByText('Chi ha scritto e votato')).toHaveCount(0);

  // Voting: the timer restarts from its six seconds; Sara casts one dot of two.
  await moderator.setVoteBudget(2);
  await moderator.goToPhase('Votazione');
  await expect(moderator.timer()).toHaveAttribute('data-state', 'running');
  await phone
    .card(NEED)
    .getByRole('button', { name: `+ Punto al contributo «${NEED}»` })
    .click();
  await expect(aids.participationSummary()).toHaveText(
    'Hanno scritto 1 su 1 · hanno votato 1 su 1',
  );
  const sections = await moderator.page.locator('section[data-section]').count();
  const [cards, used, left] = await aids.participation('Sara Conti');
  expect([cards, used]).toEqual(['1', '1']);
  expect(Number(left)).toBe(2 * sections - 1);
  await aids
    .panel()
    .getByRole('table', { name: 'Chi ha scritto e votato' })
    .scrollIntoViewIfNeeded();
  await moderator.page.screenshot({ path: 'artifacts/participation-moderator.png' });

  // Six seconds on, the control room shows the table behind its agenda.
  const room = new ControlRoomPage(secretariat.page);
  await room.open(eventId);
  await room.waitLive(TABLE);
  const tile = room.tile(TABLE);
  await expect(tile).toHaveClass(/tile-behind/, { timeout: 20_000 });
  await expect(tile).toContainText(/In ritardo di \d+ min sul programma|Tempo della fase scaduto/);
  await expect(tile).toContainText('1 partecipante collegato');
  await secretariat.page.screenshot({ path: 'artifacts/control-room-behind.png', fullPage: true });

  // The secretariat gives voting more time from the control room; the moderator sees it live.
  await tile.getByText('Modifica il programma').click();
  await tile.getByLabel('Votazione', { exact: true }).fill('15');
  await tile.getByRole('button', { name: 'Salva il programma' }).click();
  await expect(tile.getByText('Programma salvato.')).toBeVisible();
  await expect(tile).toContainText('Fine prevista della fase');
  if (!(await aids.panel().getByLabel('Votazione', { exact: true }).isVisible())) {
    await aids.panel().getByText('Programma della sessione', { exact: true }).click();
  }
  await expect(aids.panel().getByLabel('Votazione', { exact: true })).toHaveValue('15');

  // On a phone the agenda and the participation table fit a 360-px screen's width (the panel
  // around them is laid out by the panel itself): each fits in 330 px without scrolling.
  await moderator.page.setViewportSize({ width: 360, height: 740 });
  for (const name of ['Programma della sessione', 'Chi ha scritto e votato']) {
    const aid = aids.panel().getByRole('group', { name });
    const overflow = await aid.evaluate((el: HTMLElement) => {
      el.style.width = '330px';
      const excess = el.scrollWidth - el.clientWidth;
      el.style.width = '';
      return excess;
    });
    expect(overflow, name).toBeLessThanOrEqual(0);
  }
  await moderator.screenshot('agenda-moderator-360');
});
