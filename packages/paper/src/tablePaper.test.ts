import { describe, expect, it } from 'vitest';
import { eventPaper } from './eventPaper.js';
import type { PaperCard, PaperItem } from './Paper.js';
import { tablePaper } from './tablePaper.js';
import { cardsOf } from './tableChapter.js';
import { MODERATOR, roboticaTable, SKILLS_DAY } from './testing/robotica.js';
import { TableBuilder } from './testing/TableBuilder.js';
import { toMarkdown } from './toMarkdown.js';

const ranks = (items: readonly PaperItem[]) =>
  items.map((i) => (i.type === 'group' ? `${i.rank}:${i.heading}` : `${i.rank}:${i.card.id}`));

describe('tablePaper', () => {
  const paper = tablePaper({ event: SKILLS_DAY, table: roboticaTable() });
  const chapter = paper.tables[0]!;
  const section = (id: string) => chapter.sections.find((s) => s.id === id)!;
  const card = (id: string): PaperCard =>
    chapter.sections.flatMap(cardsOf).find((c) => c.id === id)!;

  it('ranks items by votes as the board does, and a group’s cards by their own votes', () => {
    expect(ranks(section('needs').items)).toEqual(['1:Robotica e visione', '2:n2']);
    const group = section('needs').items[0]!;
    expect(group.type === 'group' && group.cards.map((c) => [c.rank, c.id, c.votes])).toEqual([
      ['1.1', 'n1', 3],
      ['1.2', 'n4', 1],
    ]);
    expect(group.votes).toBe(5); // 1 dot on the group itself + 3 + 1 on its cards
    expect(ranks(section('proposals').items)).toEqual(['1:p2', '2:p1']);
  });

  it('keeps merged duplicates with their own votes, counted into the card they joined', () => {
    expect(card('n2').votes).toBe(3);
    expect(card('n2').duplicates.map((d) => [d.id, d.votes])).toEqual([['n3', 1]]);
    expect(chapter.counts).toEqual({ participants: 3, contributions: 8, votes: 16, comments: 1 });
  });

  it('counts the participants, not the moderator the catalogue records at the table', () => {
    const people = roboticaTable().people;
    expect(people[MODERATOR.id]?.role).toBe('moderator');
    const participants = Object.values(people).filter((p) => p.role === 'participant').length;
    expect(chapter.counts.participants).toBe(participants);
    expect(Object.keys(people).length).toBeGreaterThan(participants);
  });

  it('resolves the needs a proposal answers to their ranks, through merged duplicates', () => {
    expect(card('p1').answers.map((a) => [a.rank, a.text])).toEqual([
      ['1.1', 'Programmatore PLC e robot'],
      ['2', 'Tecnico di manutenzione predittiva'],
    ]);
  });

  it('gives each card its share of its section’s votes', () => {
    expect(card('n1').share).toBeCloseTo(3 / 8);
    expect(card('t1').share).toBeCloseTo(2 / 3);
  });

  it('splits the conclusions into paragraphs', () => {
    expect(chapter.conclusions).toEqual([
      'Il tavolo chiede di anticipare i profili di automazione con percorsi ITS brevi.',
      'Le imprese si impegnano a ospitare tirocini nel 2026.',
    ]);
  });

  it('marks the ranking provisional while voting is still open', () => {
    const t = new TableBuilder('t', 'Tavolo aperto', MODERATOR);
    t.card(MODERATOR, 'n1', 'needs', 'Saldatore');
    t.vote({ n1: 1 });
    const open = tablePaper({
      event: SKILLS_DAY,
      table: { title: '', cluster: '', area: '', ...t.parts() },
    });
    expect(open.title).toBe('Tavolo aperto');
    expect(open.tables[0]!.votingClosed).toBe(false);
    expect(toMarkdown(open)).toContain('_La votazione non è ancora chiusa');
    expect(toMarkdown(paper)).not.toContain('La votazione non è ancora chiusa');
  });

  it.each([
    [{ ...SKILLS_DAY, date: '12/05/2025' }, 'date'],
    [{ ...SKILLS_DAY, date: '2025-02-30' }, 'date'],
    [{ ...SKILLS_DAY, title: ' ' }, 'title'],
    [{ ...SKILLS_DAY, promoters: 'ART-ER' as unknown as string[] }, 'promoters'],
  ])('refuses bad event metadata (%j) with invalid_input', (event, field) => {
    expect(() => tablePaper({ event, table: roboticaTable() })).toThrow(
      expect.objectContaining({ code: 'invalid_input', field }),
    );
  });

  it('renders an event without place or organiser (both optional in the API), leaving them out', () => {
    const event = { ...SKILLS_DAY, place: '', organiser: '', promoters: [] };
    const md = toMarkdown(tablePaper({ event, table: roboticaTable() }));
    expect(md).toContain(SKILLS_DAY.title);
    expect(md).not.toMatch(/Luogo|Segreteria organizzativa/);
    expect(md).not.toMatch(/^, /m);
  });

  it('refuses an event paper without tables, or with one table twice', () => {
    expect(() => eventPaper({ event: SKILLS_DAY, tables: [] })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    const table = roboticaTable();
    expect(() => eventPaper({ event: SKILLS_DAY, tables: [table, table] })).toThrow(
      expect.objectContaining({ code: 'duplicate_table' }),
    );
  });
});

describe('tablePaper with other templates', () => {
  it('renders note sections as ranked lists under their template titles', () => {
    const t = new TableBuilder(
      'attrazione',
      'Attrazione dei talenti',
      MODERATOR,
      'talentAttraction',
    );
    t.card(MODERATOR, 'b1', 'barriers', 'Costo degli alloggi a Bologna');
    t.card(MODERATOR, 'b2', 'barriers', 'Stipendi d’ingresso poco competitivi');
    t.vote({ b2: 2, b1: 1 });
    const paper = tablePaper({
      event: SKILLS_DAY,
      table: { title: '', cluster: 'Clust-ER Innovate', area: '', ...t.close() },
    });
    expect(paper.tables[0]!.sections.map((s) => [s.id, s.kind])).toEqual([
      ['needs', 'skillNeed'],
      ['barriers', 'note'],
      ['proposals', 'proposal'],
    ]);
    const md = toMarkdown(paper);
    // The barriers are the first section that voted: their chart opens them.
    expect(md).toContain(
      '## Ostacoli all’attrazione e alla permanenza\n\n' +
        '**Voti ricevuti — Ostacoli all’attrazione e alla permanenza**\n\n' +
        '| Voce | Voti |\n| --- | ---: |\n' +
        '| Stipendi d’ingresso poco competitivi | 2 |\n| Costo degli alloggi a Bologna | 1 |\n\n' +
        '1. Stipendi d’ingresso poco competitivi _— 2 voti_\n' +
        '2. Costo degli alloggi a Bologna _— 1 voto_\n',
    );
    expect(toMarkdown(paper, 'en')).toContain('## Barriers to attraction and retention\n');
  });
});
