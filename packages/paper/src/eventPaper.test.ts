import { describe, expect, it } from 'vitest';
import { eventPaper } from './eventPaper.js';
import { SKILLS_DAY } from './testing/robotica.js';
import { largeTable, smallTable } from './testing/twoTables.js';
import { toMarkdown } from './toMarkdown.js';

describe('eventPaper', () => {
  const paper = eventPaper({ event: SKILLS_DAY, tables: [largeTable(), smallTable()] });

  it('makes one chapter per table, in the order given, and adds up the event', () => {
    expect(paper.scope).toBe('event');
    expect(paper.tables.map((t) => t.title)).toEqual([
      'Competenze per la manifattura avanzata',
      'Talenti digitali',
    ]);
    expect(paper.counts).toEqual({
      tables: 2,
      participants: 3,
      contributions: 10,
      votes: 90,
      comments: 0,
    });
    // Participants' organisations, and those of whoever wrote cards (here the moderator).
    expect(paper.organisations).toEqual([
      'Clust-ER MECH',
      'Data Valley Srl',
      'Fonderie Emiliane',
      'Officine Meccaniche Reggiane',
    ]);
  });

  it('ranks recurring needs by vote share within each table, not by raw votes', () => {
    const needs = paper.synthesis!.needs;
    expect(needs.map((r) => [r.rank, r.label, r.votes])).toEqual([
      [1, 'Data engineer', 11],
      [2, 'Programmatore PLC', 13],
    ]);
    expect(needs[0]!.score).toBeCloseTo(3 / 60 + 8 / 12);
    expect(needs[1]!.score).toBeCloseTo(12 / 60 + 1 / 12);
    expect(needs[0]!.tables.map((t) => [t.table, t.cards, t.votes])).toEqual([
      [
        'Competenze per la manifattura avanzata',
        [{ rank: '3', text: 'Data engineer per la manifattura' }],
        3,
      ],
      ['Talenti digitali', [{ rank: '1', text: 'Data engineer' }], 8],
    ]);
    expect(needs.map((r) => r.hires)).toEqual([5, 7]);
  });

  it('leaves out what only one table raised', () => {
    const labels = paper.synthesis!.needs.map((r) => r.label);
    expect(labels).not.toContain('Saldatore specializzato');
    expect(labels).not.toContain('Operatore logistico');
    expect(paper.synthesis!.proposals.map((r) => [r.label, r.tables.length])).toEqual([
      ['Percorsi ITS serali per lavoratori occupati', 2],
    ]);
    expect(paper.synthesis!.proposals[0]!.score).toBeCloseTo(10 / 12 + 1 / 6);
  });

  it('renders summary, context, method and synthesis before the chapters, each with its sections', () => {
    const md = toMarkdown(paper);
    const headings = md.split('\n').filter((l) => /^#{2,3} /.test(l));
    expect(headings.slice(0, 11)).toEqual([
      '## Sintesi dei risultati',
      '## Contesto',
      '## Metodo di lavoro',
      '## Sintesi trasversale',
      '### Fabbisogni ricorrenti',
      '### Proposte ricorrenti',
      '## Tavolo 1: Competenze per la manifattura avanzata',
      '### Il tavolo',
      '### Fabbisogni di competenze',
      '### Dati e tendenze',
      '### Proposte operative',
    ]);
    expect(md).toContain(
      '| 1 | Data engineer | Competenze per la manifattura avanzata (n. 3, 5%); Talenti digitali (n. 1, 67%) | 0,72 | 11 | 5 |',
    );
    expect(md).toContain('## Tavolo 2: Talenti digitali');
    expect(md).toContain('### Tavolo 2: Talenti digitali\n\n#### Fabbisogni di competenze');
  });
});
