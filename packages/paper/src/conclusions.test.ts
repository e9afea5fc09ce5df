import { describe, expect, it } from 'vitest';
import { tablePaper } from './tablePaper.js';
import { conclusionParagraphs } from './tableChapter.js';
import { readDocx } from './testing/readDocx.js';
import { MODERATOR, SKILLS_DAY } from './testing/robotica.js';
import { TableBuilder } from './testing/TableBuilder.js';
import { toDocx } from './toDocx.js';
import { toMarkdown } from './toMarkdown.js';

/** As a moderator types them in the text box: one Enter between paragraphs, a CRLF from a paste. */
const TYPED =
  'Il tavolo chiede percorsi ITS brevi.\nLe imprese ospiteranno tirocini nel 2026.\r\n' +
  '   \nServe una regia regionale   della formazione.';
const PARAGRAPHS = [
  'Il tavolo chiede percorsi ITS brevi.',
  'Le imprese ospiteranno tirocini nel 2026.',
  'Serve una regia regionale della formazione.',
];

function concludedPaper() {
  const t = new TableBuilder('t', 'Tavolo', MODERATOR);
  t.card(MODERATOR, 'n1', 'needs', 'Saldatore');
  t.conclude(TYPED);
  return tablePaper({
    event: SKILLS_DAY,
    table: { title: 'Tavolo', cluster: '', area: '', ...t.close() },
  });
}

describe('the moderator’s conclusions', () => {
  it.each([
    ['a b\nc', ['a b', 'c']],
    ['a\n\nb', ['a', 'b']],
    ['a\r\nb\rc', ['a', 'b', 'c']],
    ['  \n\n ', []],
  ])('%j reads as the paragraphs %j', (text, paragraphs) => {
    expect(conclusionParagraphs(text)).toEqual(paragraphs);
  });

  it('keep every line the moderator typed as a paragraph of its own in DOCX', async () => {
    const docx = await readDocx(await toDocx(concludedPaper()));
    const heading = docx.paragraphs.findIndex(
      (p) => p.style === 'Heading1' && p.text === 'Conclusioni del moderatore',
    );
    expect(heading).toBeGreaterThan(0);
    expect(docx.paragraphs.slice(heading + 1, heading + 4).map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  it('keep every line as a paragraph of its own in Markdown', () => {
    const md = toMarkdown(concludedPaper());
    expect(md).toContain(`## Conclusioni del moderatore\n\n${PARAGRAPHS.join('\n\n')}\n\n`);
  });
});
