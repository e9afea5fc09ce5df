import { addCard, createGroup, snapshot, castVote, setPhase } from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import { LAURA, memoryBoard, MODERATOR, PAOLO, PEOPLE } from '../testing/renderBoard.js';
import { filterSection, NO_FILTERS, organisationsOf } from './filterSection.js';

function board() {
  const doc = memoryBoard('sharing');
  const plc = addCard(
    doc,
    LAURA,
    {
      section: 'needs',
      text: 'Tecnico PLC',
      fields: { horizon: 'now', skills: ['Siemens S7'] },
    },
    { now: 1 },
  );
  const weld = addCard(
    doc,
    PAOLO,
    {
      section: 'needs',
      text: 'Saldatore robotico',
      fields: { horizon: '3-5y' },
    },
    { now: 2 },
  );
  const vision = addCard(doc, PAOLO, { section: 'needs', text: 'Visione artificiale' }, { now: 3 });
  const group = createGroup(doc, MODERATOR, {
    section: 'needs',
    heading: 'Automazione',
    cardIds: [plc],
  });
  return { doc, plc, weld, vision, group };
}

const rules = { hideOthers: false, viewerId: 'laura', byVotes: false };
const needs = (doc: ReturnType<typeof board>['doc']) => snapshot(doc, PEOPLE).sections[0]!;

describe('filterSection', () => {
  it('shows groups then ungrouped cards, oldest first', () => {
    const { doc } = board();
    const visible = filterSection(needs(doc), NO_FILTERS, rules);
    expect(visible.groups.map((g) => g.cards.map((c) => c.text))).toEqual([['Tecnico PLC']]);
    expect(visible.cards.map((c) => c.text)).toEqual(['Saldatore robotico', 'Visione artificiale']);
  });

  it.each([
    ['search in text', { query: 'saldat' }, ['Saldatore robotico']],
    ['search ignores accents and case', { query: 'VISIONE' }, ['Visione artificiale']],
    ['search in skills', { query: 's7' }, ['Tecnico PLC']],
    [
      'organisation',
      { organisation: 'Automazioni Modenesi' },
      ['Saldatore robotico', 'Visione artificiale'],
    ],
    ['horizon', { horizon: '3-5y' as const }, ['Saldatore robotico']],
    ['kind that is not here', { kind: 'proposal' as const }, []],
    ['another section', { section: 'trends' }, []],
  ])('filters by %s', (_name, patch, texts) => {
    const { doc } = board();
    const visible = filterSection(needs(doc), { ...NO_FILTERS, ...patch }, rules);
    const shown = [...visible.groups.flatMap((g) => g.cards), ...visible.cards].map((c) => c.text);
    expect(shown.sort()).toEqual([...texts].sort());
  });

  it('hides others’ cards in silent writing and counts them', () => {
    const { doc } = board();
    const visible = filterSection(needs(doc), NO_FILTERS, { ...rules, hideOthers: true });
    expect(visible.hidden).toBe(2);
    expect(visible.cards).toEqual([]);
    expect(visible.groups.map((g) => g.cards.map((c) => c.text))).toEqual([['Tecnico PLC']]);
  });

  it('counts the cards the server withholds as hidden too', () => {
    const { doc } = board();
    const rulesSilent = { ...rules, hideOthers: true, withheld: 5 };
    expect(filterSection(needs(doc), NO_FILTERS, rulesSilent).hidden).toBe(7);
  });

  it('sorts by votes when asked', () => {
    const { doc, vision } = board();
    setPhase(doc, MODERATOR, 'voting');
    castVote(doc, LAURA, vision);
    setPhase(doc, MODERATOR, 'synthesis');
    const visible = filterSection(
      needs(doc),
      { ...NO_FILTERS, sort: 'votes' },
      { ...rules, byVotes: true },
    );
    expect(visible.cards.map((c) => c.text)).toEqual(['Visione artificiale', 'Saldatore robotico']);
  });

  it('lists the organisations on the board', () => {
    const { doc } = board();
    expect(organisationsOf(snapshot(doc, PEOPLE).sections)).toEqual([
      'Automazioni Modenesi',
      'Officine Reggiane',
    ]);
  });
});
