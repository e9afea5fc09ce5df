import { expect, test } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage.js';
import { CardComments } from '../pages/CardComments.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';

const TABLE = 'edilizia-green';
const PHONE = { width: 390, height: 844 };
/** The card the demo table starts with, written by Luca Morandi. */
const LUCAS_CARD = 'Tecnico della riqualificazione energetica';

test('participants comment on a card from their phones; the moderator removes a comment', async ({
  browser,
}) => {
  const moderator = await ModeratorPage.open(browser, TABLE);
  await moderator.goToPhase('Condivisione');
  const giulia = await BoardPage.as(
    browser,
    TABLE,
    { name: 'Giulia Rossi', organisation: 'Cooperativa Edile Ravennate', role: 'participant' },
    PHONE,
  );
  const andrea = await BoardPage.as(
    browser,
    TABLE,
    { name: 'Andrea Neri', organisation: 'ITS Territorio Energia Costruire', role: 'participant' },
    PHONE,
  );
  const onGiulia = new CardComments(giulia, LUCAS_CARD);
  const onAndrea = new CardComments(andrea, LUCAS_CARD);
  const onModerator = new CardComments(moderator, LUCAS_CARD);

  // Giulia comments on Luca's card; Andrea sees the count and then the comment, live.
  await expect(onGiulia.toggle()).toHaveText(/Commenta/);
  const FIRST = 'Da noi mancano anche posatori di cappotti termici';
  await onGiulia.add(FIRST);
  await expect(onGiulia.comment(FIRST).locator('.comment-author')).toHaveText('Tu');
  await expect(onAndrea.toggle()).toHaveText(/1 commento/);
  await onAndrea.open();
  await expect(onAndrea.comment(FIRST).locator('.comment-author')).toHaveText(
    'Giulia Rossi, Cooperativa Edile Ravennate',
  );
  // Andrea may not change what Giulia wrote.
  await expect(onAndrea.comment(FIRST).getByRole('button')).toHaveCount(0);

  // Giulia corrects her comment; Andrea's phone shows the new text, marked as edited.
  const EDITED = 'Da noi mancano anche posatori di cappotti termici e serramentisti';
  await onGiulia.edit(FIRST, EDITED);
  await expect(onAndrea.comment(EDITED)).toContainText('modificato');

  // Andrea answers; Giulia's phone shows both, nothing spills sideways.
  const REPLY = 'Il nostro ITS apre un corso serale sul cappotto a settembre';
  await onAndrea.add(REPLY);
  await expect(onGiulia.comment(REPLY)).toBeVisible();
  await expect(onGiulia.toggle()).toHaveText(/2 commenti/);
  const overflow = await giulia.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await onGiulia.thread().scrollIntoViewIfNeeded();
  await giulia.page.screenshot({ path: 'artifacts/comments-phone.png' });

  // Giulia deletes her own comment; it leaves every screen.
  await onGiulia.delete(EDITED, 'Elimina il tuo commento');
  await expect(onAndrea.comment(EDITED)).toHaveCount(0);
  await expect(onAndrea.toggle()).toHaveText(/1 commento/);

  // The moderator removes Andrea's comment (and may not reword it).
  await onModerator.open();
  await expect(onModerator.comment(REPLY).getByRole('button', { name: /^Modifica/ })).toHaveCount(
    0,
  );
  await onModerator.delete(REPLY, 'Rimuovi il commento');
  await expect(onAndrea.comment(REPLY)).toHaveCount(0);
  await expect(onGiulia.comment(REPLY)).toHaveCount(0);
  await expect(onAndrea.thread()).toContainText('Ancora nessun commento.');
});
