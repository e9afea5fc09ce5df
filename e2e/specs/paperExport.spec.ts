import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BoardPage } from '../pages/BoardPage.js';
import { ModeratorPage } from '../pages/ModeratorPage.js';

test('the moderator exports the table’s position paper and receives the files', async ({
  browser,
}) => {
  const moderator = await ModeratorPage.open(browser, 'robotica');
  const exports = moderator.panel().getByRole('group', { name: 'Bozza di position paper' });

  const [docx] = await Promise.all([
    moderator.page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Word (DOCX)' }).click(),
  ]);
  // Named after the paper's title and the event's date, whole words only.
  const named = /^position-paper-competenze-per-la-robotica-industriale-\d{4}-\d{2}-\d{2}\.docx$/;
  expect(docx.suggestedFilename()).toMatch(named);
  const docxBytes = readFileSync(await docx.path());
  // A DOCX is a zip archive with the Word document inside.
  expect(docxBytes.subarray(0, 2).toString()).toBe('PK');
  expect(docxBytes.includes(Buffer.from('word/document.xml'))).toBe(true);
  await expect(exports.getByRole('status')).toContainText(docx.suggestedFilename());

  const [markdown] = await Promise.all([
    moderator.page.waitForEvent('download'),
    exports.getByRole('button', { name: 'Markdown' }).click(),
  ]);
  const text = readFileSync(await markdown.path(), 'utf8');
  expect(text).toContain('Competenze per la robotica industriale');
  expect(text).toContain('Tecnico di integrazione robotica');

  // A participant has no export at all.
  const participant = await BoardPage.as(browser, 'robotica', {
    name: 'Chiara Lodi',
    organisation: 'Fondazione ITS Maker',
    role: 'participant',
  });
  await expect(
    participant.page.getByRole('group', { name: 'Bozza di position paper' }),
  ).toHaveCount(0);
});
