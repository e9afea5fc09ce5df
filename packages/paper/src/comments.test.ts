import { describe, expect, it } from 'vitest';
import { tablePaper } from './tablePaper.js';
import { LAURA, MARCO, MODERATOR, PAOLO, SKILLS_DAY } from './testing/robotica.js';
import { TableBuilder } from './testing/TableBuilder.js';
import { toMarkdown } from './toMarkdown.js';

/** A needs table where Laura (consenting), Paolo (declining) and Marco comment on one card. */
function commentedTable(anonymous?: { showOrganisations: boolean }) {
  const t = new TableBuilder('robotica', 'Robotica industriale', MODERATOR);
  t.join(LAURA, true).join(PAOLO, false).join(MARCO, false);
  t.card(PAOLO, 'n1', 'needs', 'Saldatore robotico', {});
  t.card(MARCO, 'n2', 'needs', 'Tecnico di visione artificiale', {});
  t.comment(LAURA, 'n1', 'Anche noi ne cerchiamo due a Reggio Emilia.');
  t.comment(PAOLO, 'n1', 'Meglio se con patentino di saldatura TIG.');
  t.comment(MARCO, 'n2', 'Il nostro corso di laurea ne forma dieci l’anno.');
  if (anonymous) t.anonymous(anonymous.showOrganisations);
  return { title: 'Robotica industriale', cluster: '', area: '', ...t.close() };
}

/** The rows of the annex's table of comments, from the Markdown. */
function commentRows(markdown: string): string[][] {
  const start = markdown.indexOf('**Commenti ai contributi**');
  expect(start).toBeGreaterThan(-1);
  return markdown
    .slice(start)
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1)
    .map((line) => line.slice(2, -2).split(' | '));
}

describe('comments in the paper', () => {
  it('counts a table’s comments and lists them in the annex under their contribution', () => {
    const paper = tablePaper({ event: SKILLS_DAY, table: commentedTable() });
    expect(paper.tables[0]!.counts.comments).toBe(3);
    const markdown = toMarkdown(paper);
    expect(markdown).toContain('3 commenti');
    // Only Laura consented to be named: the others are credited with their organisation.
    expect(commentRows(markdown).slice(0, 3)).toEqual([
      [
        '1',
        'Anche noi ne cerchiamo due a Reggio Emilia.',
        'Laura Bassi, Officine Meccaniche Reggiane',
      ],
      ['1', 'Meglio se con patentino di saldatura TIG.', 'Automazioni Modenesi'],
      [
        '2',
        'Il nostro corso di laurea ne forma dieci l’anno.',
        'Università di Modena e Reggio Emilia',
      ],
    ]);
    expect(markdown).not.toContain(PAOLO.name);
    expect(markdown).not.toContain(MARCO.name);
  });

  it('names no commenter at an anonymous table, and no organisation when they are hidden', () => {
    const named = toMarkdown(
      tablePaper({ event: SKILLS_DAY, table: commentedTable({ showOrganisations: true }) }),
    );
    expect(commentRows(named)[0]).toEqual([
      '1',
      'Anche noi ne cerchiamo due a Reggio Emilia.',
      'Officine Meccaniche Reggiane',
    ]);
    expect(named).not.toContain(LAURA.name);

    const hidden = toMarkdown(
      tablePaper({ event: SKILLS_DAY, table: commentedTable({ showOrganisations: false }) }),
    );
    // The comments stay, credited to nobody.
    expect(commentRows(hidden)).toHaveLength(3);
    for (const who of [LAURA, PAOLO, MARCO]) {
      expect(hidden).not.toContain(who.name);
      expect(hidden).not.toContain(who.organisation);
    }
  });

  it('says nothing of comments where there are none', () => {
    const t = new TableBuilder('robotica', 'Robotica industriale', MODERATOR);
    t.join(LAURA, true);
    t.card(LAURA, 'n1', 'needs', 'Saldatore robotico', {});
    const markdown = toMarkdown(
      tablePaper({ event: SKILLS_DAY, table: { title: 'R', cluster: '', area: '', ...t.close() } }),
    );
    expect(markdown).not.toContain('Commenti ai contributi');
    expect(markdown).not.toMatch(/\d commenti?\b/);
  });
});
