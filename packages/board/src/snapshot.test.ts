import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, editCardText } from './cards.js';
import { addComment, deleteComment } from './comments.js';
import { registerParticipant } from './participants.js';
import { BoardReader, snapshot } from './snapshot.js';
import { board, LAURA, PAOLO } from './testing/fixtures.js';

describe('BoardReader', () => {
  it('shows a card without its comment once the comment is deleted', () => {
    const doc = board();
    const reader = new BoardReader();
    const card = addCard(doc, LAURA, { section: 'needs', text: 'uno' }, { now: 1 });
    reader.snapshot(doc);
    const comment = addComment(doc, PAOLO, card, 'anche per noi', { now: 2 });
    expect(reader.snapshot(doc).sections[0]?.cards[0]?.comments).toHaveLength(1);
    deleteComment(doc, PAOLO, comment);
    expect(reader.snapshot(doc).sections[0]?.cards[0]?.comments).toHaveLength(0);
    expect(reader.snapshot(doc)).toEqual(snapshot(doc));
  });

  it('returns the same objects for unchanged parts', () => {
    const doc = board();
    const a = addCard(doc, LAURA, { section: 'needs', text: 'uno' }, { now: 1 });
    const b = addCard(doc, LAURA, { section: 'needs', text: 'due' }, { now: 2 });
    addCard(doc, LAURA, { section: 'trends', text: 'tre' }, { now: 3 });
    const reader = new BoardReader();
    const first = reader.snapshot(doc);
    expect(reader.snapshot(doc)).toBe(first);

    editCardText(doc, LAURA, a, 'uno bis');
    const second = reader.snapshot(doc);
    expect(second).not.toBe(first);
    expect(second.sections[0]).not.toBe(first.sections[0]);
    expect(second.sections[0]?.cards[1]).toBe(first.sections[0]?.cards[1]);
    expect(second.sections[0]?.cards[1]?.id).toBe(b);
    expect(second.sections[1]).toBe(first.sections[1]);
    expect(second.sections[2]).toBe(first.sections[2]);
    expect(second.participants).toBe(first.participants);
    expect(second.sections[0]?.cards[0]?.text).toBe('uno bis');
  });

  it('keeps later cards identical when a card is inserted before them', () => {
    const doc = board();
    addCard(doc, LAURA, { section: 'needs', text: 'late' }, { now: 10, id: 'late' });
    const reader = new BoardReader();
    const first = reader.snapshot(doc);
    addCard(doc, LAURA, { section: 'needs', text: 'early' }, { now: 1, id: 'early' });
    const second = reader.snapshot(doc);
    expect(second.sections[0]?.cards.map((c) => c.id)).toEqual(['early', 'late']);
    expect(second.sections[0]?.cards[1]).toBe(first.sections[0]?.cards[0]);
  });

  it('orders cards by creation time, then id', () => {
    const doc = board();
    addCard(doc, LAURA, { section: 'needs', text: 'late' }, { now: 9, id: 'a' });
    addCard(doc, LAURA, { section: 'needs', text: 'early' }, { now: 3, id: 'z' });
    addCard(doc, LAURA, { section: 'needs', text: 'tie' }, { now: 9, id: '0' });
    const texts = new BoardReader().snapshot(doc).sections[0]?.cards.map((c) => c.text);
    expect(texts).toEqual(['early', 'tie', 'late']);
  });

  it('freezes what it returns', () => {
    const doc = board();
    addCard(doc, LAURA, { section: 'needs', text: 'x' });
    const snap = new BoardReader().snapshot(doc);
    expect(Object.isFrozen(snap)).toBe(true);
    expect(Object.isFrozen(snap.sections[0]?.cards[0])).toBe(true);
    expect(Object.isFrozen(snap.sections[0]?.cards[0]?.skills)).toBe(true);
  });

  it('counts cards, comments and participants', () => {
    const doc = board();
    const a = addCard(doc, LAURA, { section: 'needs', text: 'x' });
    addComment(doc, PAOLO, a, 'Anche da noi');
    registerParticipant(doc, LAURA, true, 1);
    registerParticipant(doc, PAOLO, false, 2);
    const snap = new BoardReader().snapshot(doc);
    expect(snap.totals).toEqual({ cards: 1, votes: 0, comments: 1, participants: 2 });
    expect(snap.sections[0]?.cards[0]?.comments[0]).toMatchObject({
      authorId: 'paolo',
      text: 'Anche da noi',
    });
    expect(snap.participants.map((p) => [p.id, p.consent])).toEqual([
      ['laura', true],
      ['paolo', false],
    ]);
  });

  it('reads a document with foreign junk without throwing', () => {
    const doc = board();
    doc.getMap('cards').set('junk', 42);
    doc.getMap('votes').set('no-slash', { target: 'x' });
    doc.getMap('control').set('timer', 'soon');
    const snap = new BoardReader().snapshot(doc);
    expect(snap.totals.cards).toBe(0);
    expect(snap.timer).toEqual({ startedAt: null, durationMs: 0, pausedRemainingMs: null });
    expect(Y.encodeStateVector(doc).length).toBeGreaterThan(0);
  });
});
