import { addSection, moveSection, removeSection, renameSection, setPhase } from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import { tablePaper } from './tablePaper.js';
import { LAURA, MODERATOR, SKILLS_DAY } from './testing/robotica.js';
import { TableBuilder } from './testing/TableBuilder.js';
import { toMarkdown } from './toMarkdown.js';

/** A blank board the moderator shaped: three sections of their own, one removed, one moved. */
function shapedTable() {
  const t = new TableBuilder('libera', 'Tavolo libero', MODERATOR, 'blank');
  t.join(LAURA, true);
  const doc = t.doc;
  addSection(doc, MODERATOR, { kind: 'dataTrend', title: 'Numeri del comparto' }, { id: 'num' });
  addSection(doc, MODERATOR, { kind: 'note', title: 'Da togliere' }, { id: 'via' });
  addSection(doc, MODERATOR, { kind: 'skillNeed', title: 'Profili' }, { id: 'prof' });
  addSection(doc, MODERATOR, { kind: 'proposal', title: 'Idee' }, { id: 'idee' });
  removeSection(doc, MODERATOR, 'via');
  moveSection(doc, MODERATOR, 'prof', 0);
  renameSection(doc, MODERATOR, 'idee', 'Proposte alla Regione');
  t.card(LAURA, 'n1', 'prof', 'Tecnico di robotica collaborativa', { level: 'its' });
  t.card(LAURA, 'd1', 'num', 'Offerte di lavoro per tecnici PLC', {
    value: 12,
    unit: '%',
    direction: 'rising',
  });
  t.card(LAURA, 'p1', 'idee', 'Percorso ITS breve sulla cobotica', { answers: ['n1'] });
  setPhase(doc, MODERATOR, 'synthesis');
  return tablePaper({
    event: SKILLS_DAY,
    table: { title: '', cluster: '', area: '', ...t.parts() },
  });
}

describe('a board with sections its moderator shaped', () => {
  const paper = shapedTable();
  const chapter = paper.tables[0]!;

  it('has the paper follow its sections: titles, order and kinds, none removed', () => {
    expect(chapter.sections.map((s) => [s.id, s.kind, s.title])).toEqual([
      ['prof', 'skillNeed', 'Profili'],
      ['num', 'dataTrend', 'Numeri del comparto'],
      ['idee', 'proposal', 'Proposte alla Regione'],
    ]);
  });

  it('writes each section under its own title, in board order, with its typed fields', () => {
    const md = toMarkdown(paper);
    const at = (text: string) => md.indexOf(text);
    expect(at('Profili')).toBeGreaterThan(-1);
    expect(at('Profili')).toBeLessThan(at('Numeri del comparto'));
    expect(at('Numeri del comparto')).toBeLessThan(at('Proposte alla Regione'));
    expect(md).not.toContain('Da togliere');
    expect(md).toContain('Tecnico di robotica collaborativa');
    expect(md).toMatch(/12\s?%/);
    expect(md).toContain('Percorso ITS breve sulla cobotica');
  });

  it('titles a template section by its id in the paper’s language', () => {
    const t = new TableBuilder('dati', 'Dati e tendenze', MODERATOR, 'trendsTable');
    const table = { title: '', cluster: '', area: '', ...t.parts() };
    const it = toMarkdown(tablePaper({ event: SKILLS_DAY, table }));
    expect(it).toContain('Domanda di profili specializzati');
    const en = toMarkdown(tablePaper({ event: SKILLS_DAY, table }), 'en');
    expect(en).toContain('Demand for specialised profiles');
  });
});
