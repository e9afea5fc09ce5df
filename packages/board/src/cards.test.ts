import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { addCard, deleteCard, mergeCards, updateCard, type CardPatch } from './cards.js';
import { setLocked, setPhase } from './control.js';
import { MAX_CARD_TEXT } from './fields.js';
import type { Phase } from './phases.js';
import { snapshot } from './snapshot.js';
import { board, LAURA, MODERATOR, OBSERVER, PAOLO, sync } from './testing/fixtures.js';

/** Runs `op`; on an expected error checks its code and that the document did not change. */
function expectOutcome(doc: Y.Doc, op: () => unknown, error: string | null) {
  const before = Y.encodeStateAsUpdate(doc);
  if (error === null) return op();
  expect(op).toThrow(expect.objectContaining({ code: error }));
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  return undefined;
}

describe('addCard', () => {
  it.each([
    ['needs', 'Tecnico PLC', {}, null],
    [
      'needs',
      'Tecnico PLC',
      { level: 'its', horizon: '1-2y', hires: 4, skills: ['PLC', 'PLC', 'ROS'] },
      null,
    ],
    [
      'trends',
      '+12% offerte',
      { value: 12, unit: '%', direction: 'rising', source: 'Excelsior' },
      null,
    ],
    ['proposals', 'Corsi serali', { actors: ['region', 'its'], instrument: 'training' }, null],
    ['nowhere', 'x', {}, 'unknown_section'],
    ['needs', '   ', {}, 'text_empty'],
    ['needs', 'a'.repeat(MAX_CARD_TEXT + 1), {}, 'text_too_long'],
    ['needs', 'x', { level: 'eqf9' }, 'invalid_field'],
    ['needs', 'x', { hires: 2.5 }, 'invalid_field'],
    ['needs', 'x', { hires: -1 }, 'invalid_field'],
    ['needs', 'x', { direction: 'rising' }, 'invalid_field'],
    ['trends', 'x', { value: Number.NaN }, 'invalid_field'],
    ['proposals', 'x', { actors: ['mayor'] }, 'invalid_field'],
    ['proposals', 'x', { answers: ['missing'] }, 'invalid_field'],
    ['needs', 'x', { skills: Array.from({ length: 21 }, (_, i) => `s${i}`) }, 'invalid_field'],
  ] as const)('%s "%s" %j -> %s', (section, text, fields, error) => {
    const doc = board();
    const id = expectOutcome(
      doc,
      () => addCard(doc, LAURA, { section, text, fields }, { now: 5 }),
      error,
    );
    if (error) return;
    const card = snapshot(doc)
      .sections.flatMap((s) => s.cards)
      .find((c) => c.id === id);
    expect(card).toMatchObject({ text: text.trim(), authorId: 'laura', createdAt: 5 });
    if ('skills' in fields) expect(card?.skills).toEqual(['PLC', 'ROS']);
    if ('level' in fields) expect(card?.level).toBe('its');
  });

  it.each<[Actor, Phase, boolean, string | null]>([
    [LAURA, 'preparation', false, 'phase_closed'],
    [LAURA, 'silent', false, null],
    [LAURA, 'sharing', true, 'board_locked'],
    [LAURA, 'voting', false, 'phase_closed'],
    [LAURA, 'closed', false, 'phase_closed'],
    [MODERATOR, 'preparation', false, null],
    [MODERATOR, 'sharing', true, null],
    [MODERATOR, 'closed', false, 'phase_closed'],
    [OBSERVER, 'sharing', false, 'forbidden'],
  ])('%s in %s (locked %s) -> %s', (actor, phase, locked, error) => {
    const doc = board(phase);
    setLocked(doc, MODERATOR, locked);
    expectOutcome(doc, () => addCard(doc, actor, { section: 'needs', text: 'x' }), error);
  });

  it('links a proposal to the needs it answers', () => {
    const doc = board();
    const need = addCard(doc, LAURA, { section: 'needs', text: 'Saldatore' });
    const trend = addCard(doc, LAURA, { section: 'trends', text: 'Calo iscritti' });
    const id = addCard(doc, PAOLO, {
      section: 'proposals',
      text: 'Academy',
      fields: { answers: [need] },
    });
    expect(snapshot(doc).sections[2]?.cards[0]).toMatchObject({ id, answers: [need] });
    expectOutcome(doc, () => updateCard(doc, PAOLO, id, { answers: [trend] }), 'invalid_field');
  });
});

describe('updateCard and deleteCard', () => {
  it.each<[Actor, CardPatch, string | null]>([
    [LAURA, { text: 'Saldatore TIG' }, null],
    [LAURA, { horizon: 'now', evidence: 'Tre posizioni aperte' }, null],
    [LAURA, { unit: '%' }, 'invalid_field'],
    [PAOLO, { text: 'non mio' }, 'forbidden'],
    [MODERATOR, { text: 'corretto dal moderatore' }, null],
    [OBSERVER, { text: 'x' }, 'forbidden'],
  ])('%s %j -> %s', (actor, patch, error) => {
    const doc = board();
    const id = addCard(doc, LAURA, { section: 'needs', text: 'Saldatore' });
    expectOutcome(doc, () => updateCard(doc, actor, id, patch), error);
    if (!error) expect(snapshot(doc).sections[0]?.cards[0]).toMatchObject(patch);
  });

  it('lets authors and moderators delete, nobody else', () => {
    const doc = board();
    const a = addCard(doc, LAURA, { section: 'needs', text: 'uno' });
    const b = addCard(doc, LAURA, { section: 'needs', text: 'due' });
    expectOutcome(doc, () => deleteCard(doc, PAOLO, a), 'forbidden');
    deleteCard(doc, LAURA, a);
    deleteCard(doc, MODERATOR, b);
    expect(snapshot(doc).totals.cards).toBe(0);
  });

  it('merges concurrent edits of different fields of one card', () => {
    const a = board();
    const id = addCard(a, LAURA, { section: 'needs', text: 'Saldatore' });
    const b = new Y.Doc();
    sync(a, b);
    updateCard(a, LAURA, id, { level: 'its' });
    updateCard(b, MODERATOR, id, { horizon: '3-5y' });
    sync(a, b);
    sync(b, a);
    expect(snapshot(a).sections[0]?.cards[0]).toMatchObject({ level: 'its', horizon: '3-5y' });
    expect(snapshot(b)).toEqual(snapshot(a));
  });
});

describe('mergeCards', () => {
  it('shows the duplicate under its target and moves its votes there', () => {
    const doc = board();
    const a = addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' }, { now: 1 });
    const b = addCard(doc, PAOLO, { section: 'needs', text: 'Programmatore PLC' }, { now: 2 });
    mergeCards(doc, MODERATOR, b, a);
    const needs = snapshot(doc).sections[0]!;
    expect(needs.cards.map((c) => c.id)).toEqual([a]);
    expect(needs.cards[0]?.merged.map((c) => c.id)).toEqual([b]);
  });

  it.each([
    [PAOLO, 'forbidden'],
    [MODERATOR, 'invalid_field'],
  ] as const)('refuses %s: %s', (actor, error) => {
    const doc = board();
    const a = addCard(doc, LAURA, { section: 'needs', text: 'uno' });
    const t = addCard(doc, LAURA, { section: 'trends', text: 'due' });
    expectOutcome(doc, () => mergeCards(doc, actor, a, actor === PAOLO ? a : t), error);
  });

  it('breaks a merge cycle the same way on every replica', () => {
    const a = board();
    const x = addCard(a, LAURA, { section: 'needs', text: 'x' }, { id: 'x' });
    const y = addCard(a, LAURA, { section: 'needs', text: 'y' }, { id: 'y' });
    const b = new Y.Doc();
    sync(a, b);
    mergeCards(a, MODERATOR, x, y);
    mergeCards(b, MODERATOR, y, x);
    sync(a, b);
    sync(b, a);
    for (const doc of [a, b]) {
      const cards = snapshot(doc).sections[0]!.cards;
      expect(cards.map((c) => c.id)).toEqual(['x']);
      expect(cards[0]?.merged.map((c) => c.id)).toEqual(['y']);
    }
  });
});

describe('phase rules', () => {
  it('freezes cards when the table closes, for everyone', () => {
    const doc = board();
    const id = addCard(doc, LAURA, { section: 'needs', text: 'uno' });
    setPhase(doc, MODERATOR, 'closed');
    expectOutcome(doc, () => updateCard(doc, MODERATOR, id, { text: 'due' }), 'phase_closed');
    expectOutcome(doc, () => deleteCard(doc, LAURA, id), 'phase_closed');
  });
});
