import { describe, expect, it } from 'vitest';
import { eventPaper } from './eventPaper.js';
import { emptyTable } from './testing/emptyTable.js';
import { readDocx } from './testing/readDocx.js';
import { roboticaTable, SKILLS_DAY } from './testing/robotica.js';
import { toDocx } from './toDocx.js';
import { toMarkdown } from './toMarkdown.js';

const paper = eventPaper({ event: SKILLS_DAY, tables: [emptyTable(), roboticaTable()] });

describe('a table that never ran, in the event paper', () => {
  it('is a table without contributions in the model', () => {
    expect(paper.tables.map((t) => [t.id, t.held])).toEqual([
      ['green', false],
      ['robotica', true],
    ]);
  });

  it('keeps its number as one line, with no empty chapter and no annex', () => {
    const md = toMarkdown(paper);
    const lines = md.split('\n');
    const at = lines.indexOf('## Tavolo 1: Competenze green — tavolo non svolto');
    expect(at).toBeGreaterThan(0);
    // The next thing after the line is the next table's chapter.
    expect(lines.slice(at + 1).find((l) => l !== '')).toBe(
      '## Tavolo 2: Competenze per la robotica industriale',
    );
    expect(md).not.toContain('### Tavolo 1: Competenze green');
    expect(md).toContain('### Tavolo 2: Competenze per la robotica industriale');
    expect(md).toContain(
      '- **Tavoli:** Competenze green (Clust-ER Greentech; tavolo non svolto); ' +
        'Competenze per la robotica industriale (Clust-ER MECH)',
    );
  });

  it('is marked “not held” in the English DOCX, its annex left out', async () => {
    const docx = await readDocx(await toDocx(paper, 'en'));
    const headings = (style: string) =>
      docx.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(headings('Heading1')).toContain('Table 1: Competenze green — table not held');
    expect(headings('Heading2').filter((h) => h.startsWith('Table '))).toEqual([
      'Table 2: Competenze per la robotica industriale',
    ]);
    // Only the robotics table's three sections have annex tables (and their needs a ranking
    // and a table of comments).
    expect(docx.tables).toHaveLength(5);
  });
});
