import { describe, expect, it } from 'vitest';
import { eventPaper } from './eventPaper.js';
import type { PaperEvent } from './PaperInput.js';
import { paperEventOf } from './PaperInput.js';
import { tablePaper } from './tablePaper.js';
import { readDocx } from './testing/readDocx.js';
import { roboticaTable, SKILLS_DAY } from './testing/robotica.js';
import { toDocx } from './toDocx.js';
import { toMarkdown } from './toMarkdown.js';

/** The context lines that name who promoted and organised the event, as Markdown shows them. */
const whoLines = (md: string) =>
  md.split('\n').filter((l) => /^- \*\*(Promotori|Segreteria organizzativa):/.test(l));

describe('promoters and organiser', () => {
  it.each([
    [['Regione Emilia-Romagna', 'ART-ER'], ['Regione Emilia-Romagna']],
    [[' art-er ', 'ART-ER'], []],
    [['Regione Emilia-Romagna', ' Regione  Emilia-Romagna', ''], ['Regione Emilia-Romagna']],
    [[], []],
  ])('promoters %j beside organiser ART-ER show as %j', (promoters, shown) => {
    expect(paperEventOf({ ...SKILLS_DAY, promoters }).promoters).toEqual(shown);
  });

  it('names the organiser once, and the promoters only when someone else promoted the event', () => {
    const alone: PaperEvent = { ...SKILLS_DAY, promoters: ['ART-ER'] };
    expect(whoLines(toMarkdown(tablePaper({ event: alone, table: roboticaTable() })))).toEqual([
      '- **Segreteria organizzativa:** ART-ER',
    ]);
    expect(whoLines(toMarkdown(tablePaper({ event: SKILLS_DAY, table: roboticaTable() })))).toEqual(
      ['- **Promotori:** Regione Emilia-Romagna', '- **Segreteria organizzativa:** ART-ER'],
    );
  });

  it('names the organiser once in the event paper’s DOCX too', async () => {
    const paper = eventPaper({
      event: { ...SKILLS_DAY, promoters: ['ART-ER'] },
      tables: [roboticaTable()],
    });
    const docx = await readDocx(await toDocx(paper, 'en'));
    const who = docx.paragraphs.filter((p) => /^(Promoted by|Organiser):/.test(p.text));
    expect(who.map((p) => p.text)).toEqual(['Organiser: ART-ER']);
  });
});
