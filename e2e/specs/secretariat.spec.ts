import { expect, test } from '@playwright/test';
import { E2E_ADMIN_KEY } from '../adminKey.js';
import { expectNoSeriousA11yViolations } from '../pages/accessibility.js';
import { BoardPage } from '../pages/BoardPage.js';
import { ControlRoomPage, peopleOnline } from '../pages/ControlRoomPage.js';
import { JoinPage } from '../pages/JoinPage.js';
import { SecretariatPage } from '../pages/SecretariatPage.js';

const DEMO_EVENT = 'Skills Intelligence Emilia-Romagna';
const ROBOTICA = 'Competenze per la robotica industriale';
const HYDROGEN = 'Competenze per l’idrogeno verde';
const NEEDS = 'Fabbisogni di competenze';
const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

test('the secretariat prepares an event, hands out invitations and watches the tables live', async ({
  browser,
}) => {
  const secretariat = new SecretariatPage(
    await (await browser.newContext({ viewport: LAPTOP })).newPage(),
  );

  // The printed link signs in, and the key leaves the address bar.
  await secretariat.signIn(E2E_ADMIN_KEY);
  expect(secretariat.page.url()).not.toContain('chiave');
  await expect(secretariat.page.getByRole('link', { name: DEMO_EVENT, exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(secretariat.page);

  // A new event with a table and a participants' invitation.
  await secretariat.openNewEventForm();
  await expectNoSeriousA11yViolations(secretariat.page);
  await secretariat.createEvent({
    title: 'Giornata delle competenze green',
    date: '2026-06-03',
    startTime: '10:00',
    place: 'Tecnopolo di Reggio Emilia',
  });
  await secretariat.addTable({
    title: HYDROGEN,
    cluster: 'Clust-ER GREENTECH',
    moderator: 'Anna Neri',
  });
  const hydrogen = await secretariat.invite(HYDROGEN, 'Partecipanti', 'Sala A');
  expect(hydrogen.code).toMatch(/^[A-Z2-9]{6}$/);
  // Anna Neri, named as moderator, has her own invitation beside the participants' one.
  await expect(
    secretariat.table(HYDROGEN).getByLabel('Link dell’invito Moderatore · Anna Neri'),
  ).toBeVisible();
  await secretariat
    .table(HYDROGEN)
    .getByRole('listitem')
    .filter({ has: secretariat.page.getByLabel('Link dell’invito Partecipanti · Sala A') })
    .getByRole('button', { name: 'Mostra il QR' })
    .click();
  await expect(
    secretariat.table(HYDROGEN).getByRole('img', { name: /^Codice QR dell’invito Partecipanti/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(secretariat.page);
  await secretariat.page.screenshot({
    path: 'artifacts/secretariat-event-1280.png',
    fullPage: true,
  });

  // Someone types that code on a phone (lower case, with a dash) and lands on the new board.
  const lucia = new JoinPage(await (await browser.newContext({ viewport: PHONE })).newPage());
  await lucia.page.goto('/entra');
  await expectNoSeriousA11yViolations(lucia.page);
  await lucia.enterCode(`${hydrogen.code.slice(0, 3).toLowerCase()}-${hydrogen.code.slice(3)}`);
  await expect(lucia.page.getByText(HYDROGEN)).toBeVisible();
  await expectNoSeriousA11yViolations(lucia.page);
  await lucia.join('Lucia Ferri', 'H2 Emilia Srl');
  expect(new URL(lucia.page.url()).pathname).toMatch(/^\/t\/competenze-per-l-?idrogeno-verde$/);

  // The demo event's open table runs in the sharing phase: a participants' invitation for it.
  await secretariat.openEvent(DEMO_EVENT);
  const demoEventId = secretariat.eventId();
  const robotica = await secretariat.invite(ROBOTICA, 'Partecipanti', 'Tavolo 1');

  // The control room shows every table of the demo event live.
  const room = new ControlRoomPage(secretariat.page);
  await room.open(demoEventId);
  await room.waitLive(ROBOTICA);
  const before = {
    online: parseInt((await room.online(ROBOTICA).textContent()) ?? '', 10),
    needs: parseInt((await room.sectionCount(ROBOTICA, NEEDS).textContent()) ?? '', 10),
  };
  expect(Number.isInteger(before.online) && Number.isInteger(before.needs)).toBe(true);

  // A participant opens the invitation link, joins and writes.
  const marco = new JoinPage(await (await browser.newContext({ viewport: PHONE })).newPage());
  await marco.openLink(robotica.url);
  await expect(marco.page.getByText(ROBOTICA)).toBeVisible();
  await expect(marco.page.getByText(DEMO_EVENT)).toBeVisible();
  await expectNoSeriousA11yViolations(marco.page);
  await marco.join('Marco Serra', 'Automazioni Modenesi');
  expect(new URL(marco.page.url()).pathname).toBe('/t/robotica');
  await expect(room.online(ROBOTICA)).toHaveText(peopleOnline(before.online + 1));

  await new BoardPage(marco.page).addCard(
    NEEDS,
    'Tecnico di robotica collaborativa per la logistica',
  );
  await expect(room.sectionCount(ROBOTICA, NEEDS)).toHaveText(String(before.needs + 1));

  await expectNoSeriousA11yViolations(secretariat.page);
  await secretariat.page.screenshot({ path: 'artifacts/control-room.png', fullPage: true });

  // The participant leaves: the control room sees it.
  await marco.page.context().close();
  await expect(room.online(ROBOTICA)).toHaveText(peopleOnline(before.online));

  await secretariat.page.setViewportSize(PHONE);
  await secretariat.page.screenshot({ path: 'artifacts/control-room-390.png', fullPage: true });
  await secretariat.openEvent(DEMO_EVENT);
  await secretariat.page.screenshot({
    path: 'artifacts/secretariat-event-390.png',
    fullPage: true,
  });
});
