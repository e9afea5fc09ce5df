import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, editCardText } from './cards.js';
import { addComment, deleteComment } from './comments.js';
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
    expect(second.votes).toBe(first.votes);
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

  it('counts cards and comments', () => {
    const doc = board();
    const a = addCard(doc, LAURA, { section: 'needs', text: 'x' });
    addComment(doc, PAOLO, a, 'Anche da noi');
    const snap = new BoardReader().snapshot(doc);
    expect(snap.totals).toEqual({ cards: 1, votes: 0, comments: 1 });
    expect(snap.sections[0]?.cards[0]?.comments[0]).toMatchObject({
      authorId: 'paolo',
      text: 'Anche da noi',
    });
  });

  it("names authors from the reader's directory, and nobody it does not list", () => {
    const doc = board();
    const a = addCard(doc, LAURA, { section: 'needs', text: 'x' });
    addComment(doc, PAOLO, a, 'Anche da noi');
    const directory = {
      laura: { name: 'Laura Bassi', organisation: 'Reggiane' },
      paolo: { organisation: 'Automazioni Modenesi' },
    };
    const card = snapshot(doc, directory).sections[0]?.cards[0];
    expect(card).toMatchObject({ authorName: 'Laura Bassi', organisation: 'Reggiane' });
    expect(card?.comments[0]).toMatchObject({
      authorName: '',
      organisation: 'Automazioni Modenesi',
    });
    expect(snapshot(doc).sections[0]?.cards[0]).toMatchObject({ authorName: '', organisation: '' });
    // An id is never looked up on the prototype: "constructor" names nobody.
    const odd = addCard(
      doc,
      { id: 'constructor', role: 'participant' },
      { section: 'needs', text: 'y' },
    );
    const oddCard = snapshot(doc, directory).sections[0]?.cards.find((c) => c.id === odd);
    expect(oddCard).toMatchObject({ authorName: '', organisation: '' });
  });

  it('renames cards when the directory changes, and keeps them while it does not', () => {
    const doc = board();
    addCard(doc, LAURA, { section: 'needs', text: 'x' }, { now: 1 });
    addCard(doc, PAOLO, { section: 'needs', text: 'y' }, { now: 2 });
    const reader = new BoardReader();
    const named = { laura: { name: 'Laura Bassi' }, paolo: { name: 'Paolo Ferri' } };
    const first = reader.snapshot(doc, named);
    expect(first.sections[0]?.cards.map((c) => c.authorName)).toEqual([
      'Laura Bassi',
      'Paolo Ferri',
    ]);
    expect(reader.snapshot(doc, named)).toBe(first);
    // The table turned anonymous: the server sent a directory without Paolo's name.
    const second = reader.snapshot(doc, { laura: { name: 'Laura Bassi' }, paolo: {} });
    expect(second.sections[0]?.cards.map((c) => c.authorName)).toEqual(['Laura Bassi', '']);
    expect(second.sections[0]?.cards[0]).toBe(first.sections[0]?.cards[0]);
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
