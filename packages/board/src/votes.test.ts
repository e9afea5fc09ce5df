import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from './cards.js';
import { setPhase, setVoteBudget } from './control.js';
import { createGroup, moveCardToGroup } from './groups.js';
import { snapshot } from './snapshot.js';
import { board, LAURA, MODERATOR, OBSERVER, PAOLO, sync } from './testing/fixtures.js';
import { castVote, countedVotes, remainingVotes, retractVote, type RawVote } from './votes.js';

const v = (id: string, voterId: string, target: string, at: number, section = 's'): RawVote => ({
  id,
  voterId,
  target,
  section,
  at,
});

describe('countedVotes', () => {
  const exists = (target: string) => target !== 'gone';
  it.each([
    ['all within budget', [v('1', 'a', 'x', 1), v('2', 'a', 'y', 2)], 2, null, ['1', '2']],
    [
      'over budget: the earliest count',
      [v('3', 'a', 'x', 3), v('1', 'a', 'x', 1), v('2', 'a', 'y', 2)],
      2,
      null,
      ['1', '2'],
    ],
    ['ties broken by id', [v('b', 'a', 'x', 1), v('a', 'a', 'y', 1)], 1, null, ['a']],
    ['budgets are per person', [v('1', 'a', 'x', 1), v('2', 'b', 'x', 1)], 1, null, ['1', '2']],
    [
      'budgets are per section',
      [v('1', 'a', 'x', 1, 's'), v('2', 'a', 'x', 1, 't')],
      1,
      null,
      ['1', '2'],
    ],
    [
      'a vote on a deleted target frees the dot',
      [v('1', 'a', 'gone', 1), v('2', 'a', 'x', 2)],
      1,
      null,
      ['2'],
    ],
    [
      'after closing only frozen votes count',
      [v('1', 'a', 'x', 1), v('2', 'a', 'y', 2)],
      3,
      new Set(['2']),
      ['2'],
    ],
  ])('%s', (_name, votes, budget, frozen, expected) => {
    expect(countedVotes(votes, budget, exists, frozen).map((x) => x.id)).toEqual(expected);
  });
});

describe('castVote', () => {
  function votingBoard() {
    const doc = board('sharing');
    const a = addCard(doc, LAURA, { section: 'needs', text: 'uno' }, { now: 1 });
    const b = addCard(doc, PAOLO, { section: 'needs', text: 'due' }, { now: 2 });
    const t = addCard(doc, PAOLO, { section: 'trends', text: 'tre' }, { now: 3 });
    setVoteBudget(doc, MODERATOR, 2);
    setPhase(doc, MODERATOR, 'voting');
    return { doc, a, b, t };
  }

  it('spends dots per section and refuses one over budget, changing nothing', () => {
    const { doc, a, b, t } = votingBoard();
    castVote(doc, LAURA, a);
    castVote(doc, LAURA, a);
    expect(remainingVotes(doc, LAURA.id, 'needs')).toBe(0);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => castVote(doc, LAURA, b)).toThrow(expect.objectContaining({ code: 'over_budget' }));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    castVote(doc, LAURA, t);
    expect(snapshot(doc).sections[0]?.cards.find((c) => c.id === a)?.votes).toBe(2);
  });

  it.each([
    ['an observer', OBSERVER, 'voting', 'forbidden'],
    ['outside voting', LAURA, 'sharing', 'phase_closed'],
  ] as const)('refuses %s', (_name, actor, phase, code) => {
    const { doc, a } = votingBoard();
    setPhase(doc, MODERATOR, phase);
    expect(() => castVote(doc, actor, a)).toThrow(expect.objectContaining({ code }));
  });

  it('never counts more than the budget for one person voting on two offline devices', () => {
    const { doc: phone, a, b } = votingBoard();
    const laptop = new Y.Doc();
    sync(phone, laptop);
    castVote(phone, LAURA, a, { now: 10 });
    castVote(phone, LAURA, a, { now: 11 });
    castVote(laptop, LAURA, b, { now: 5 });
    castVote(laptop, LAURA, b, { now: 12 });
    sync(phone, laptop);
    sync(laptop, phone);
    for (const doc of [phone, laptop]) {
      const counted = snapshot(doc).votes.filter((x) => x.voterId === LAURA.id);
      expect(counted.map((x) => x.at)).toEqual([5, 10]);
    }
  });

  it('retracts the latest dot on a target', () => {
    const { doc, a } = votingBoard();
    castVote(doc, LAURA, a, { now: 1 });
    retractVote(doc, LAURA, a);
    expect(remainingVotes(doc, LAURA.id, 'needs')).toBe(2);
    expect(() => retractVote(doc, LAURA, a)).toThrow(
      expect.objectContaining({ code: 'unknown_vote' }),
    );
  });

  it('freezes votes when voting closes, and unfreezes them when it reopens', () => {
    const { doc, a } = votingBoard();
    castVote(doc, LAURA, a, { now: 1 });
    const late = new Y.Doc();
    sync(doc, late);
    setPhase(doc, MODERATOR, 'synthesis');
    castVote(late, PAOLO, a, { now: 2 }); // offline, before hearing that voting closed
    sync(late, doc);
    expect(snapshot(doc).sections[0]?.cards.find((c) => c.id === a)?.votes).toBe(1);
    setPhase(doc, MODERATOR, 'voting');
    expect(snapshot(doc).sections[0]?.cards.find((c) => c.id === a)?.votes).toBe(2);
  });

  it('ranks groups by their votes plus their cards', () => {
    const { doc, a, b } = votingBoard();
    setPhase(doc, MODERATOR, 'grouping');
    const g = createGroup(doc, MODERATOR, {
      section: 'needs',
      heading: 'Automazione',
      cardIds: [a],
    });
    setPhase(doc, MODERATOR, 'voting');
    castVote(doc, LAURA, g);
    castVote(doc, PAOLO, a);
    castVote(doc, PAOLO, b);
    const needs = snapshot(doc).sections[0]!;
    expect(needs.ranked.map((i) => [i.type, i.votes])).toEqual([
      ['group', 2],
      ['card', 1],
    ]);
    setPhase(doc, MODERATOR, 'grouping');
    moveCardToGroup(doc, MODERATOR, a, null);
    expect(snapshot(doc).sections[0]!.groups[0]?.votes).toBe(1);
  });
});
