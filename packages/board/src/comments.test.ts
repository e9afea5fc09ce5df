import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { addCard } from './cards.js';
import { addComment, deleteComment, editComment } from './comments.js';
import { setLocked, setPhase } from './control.js';
import { MAX_CARD_TEXT } from './fields.js';
import type { Phase } from './phases.js';
import { snapshot } from './snapshot.js';
import { board, LAURA, MODERATOR, OBSERVER, PAOLO, sync } from './testing/fixtures.js';

/** A board in `phase` with Laura's card and Paolo's comment on it (written while sharing). */
function commented(phase: Phase = 'sharing', locked = false) {
  const doc = board('sharing');
  addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' }, { id: 'card' });
  addComment(doc, PAOLO, 'card', 'Anche da noi', { id: 'm1', now: 10 });
  setPhase(doc, MODERATOR, phase);
  if (locked) setLocked(doc, MODERATOR, true);
  return doc;
}

const commentOf = (doc: Y.Doc) => snapshot(doc).sections[0]?.cards[0]?.comments[0];

/** Runs `op` and returns the error code it throws (the document unchanged), or null. */
function outcome(doc: Y.Doc, op: () => void): string | null {
  const before = Y.encodeStateAsUpdate(doc);
  try {
    op();
    return null;
  } catch (err) {
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    return (err as { code: string }).code;
  }
}

describe('editComment', () => {
  it.each<[string, Actor, Phase, boolean, string, string | null]>([
    ['its author', PAOLO, 'sharing', false, 'Anche da noi, nel 2026', null],
    ['its author in synthesis', PAOLO, 'synthesis', false, 'Anche da noi, nel 2026', null],
    ['another participant', LAURA, 'sharing', false, 'Non è vero', 'forbidden'],
    // A comment speaks for its author: moderation deletes it, never rewords it.
    ['the moderator', MODERATOR, 'sharing', false, 'Riformulato', 'forbidden'],
    ['an observer', OBSERVER, 'sharing', false, 'x', 'forbidden'],
    ['its author while voting', PAOLO, 'voting', false, 'x', 'phase_closed'],
    ['its author once closed', PAOLO, 'closed', false, 'x', 'phase_closed'],
    ['its author on a locked board', PAOLO, 'sharing', true, 'x', 'board_locked'],
    ['its author, emptying it', PAOLO, 'sharing', false, '   ', 'text_empty'],
    [
      'its author, too long',
      PAOLO,
      'sharing',
      false,
      'a'.repeat(MAX_CARD_TEXT + 1),
      'text_too_long',
    ],
  ])('by %s -> %s', (_, actor, phase, locked, text, error) => {
    const doc = commented(phase, locked);
    expect(outcome(doc, () => editComment(doc, actor, 'm1', text, { now: 20 }))).toBe(error);
    if (error) {
      expect(commentOf(doc)).toMatchObject({ text: 'Anche da noi', editedAt: null });
      return;
    }
    expect(commentOf(doc)).toMatchObject({
      text: text.trim(),
      authorId: 'paolo',
      createdAt: 10,
      editedAt: 20,
    });
  });

  it('leaves an unchanged text and its date alone', () => {
    const doc = commented();
    editComment(doc, PAOLO, 'm1', '  Anche da noi ', { now: 20 });
    expect(commentOf(doc)).toMatchObject({ text: 'Anche da noi', editedAt: null });
  });

  it('refuses a comment that does not exist', () => {
    const doc = commented();
    expect(outcome(doc, () => editComment(doc, PAOLO, 'nope', 'x'))).toBe('unknown_card');
  });

  it('reaches another replica as an edit of the same comment', () => {
    const doc = commented();
    const other = new Y.Doc();
    sync(doc, other);
    editComment(doc, PAOLO, 'm1', 'Anche da noi, due tecnici', { now: 30 });
    sync(doc, other);
    const comments = snapshot(other).sections[0]?.cards[0]?.comments;
    expect(comments).toHaveLength(1);
    expect(comments?.[0]).toMatchObject({ id: 'm1', text: 'Anche da noi, due tecnici' });
  });
});

describe('deleteComment', () => {
  it.each<[string, Actor, Phase, string | null]>([
    ['its author', PAOLO, 'sharing', null],
    ['the moderator', MODERATOR, 'sharing', null],
    ['the moderator while voting', MODERATOR, 'voting', null],
    ['another participant', LAURA, 'sharing', 'forbidden'],
    ['an observer', OBSERVER, 'sharing', 'forbidden'],
    ['its author while voting', PAOLO, 'voting', 'phase_closed'],
    ['the moderator once closed', MODERATOR, 'closed', 'phase_closed'],
  ])('by %s -> %s', (_, actor, phase, error) => {
    const doc = commented(phase);
    expect(outcome(doc, () => deleteComment(doc, actor, 'm1'))).toBe(error);
    expect(snapshot(doc).totals.comments).toBe(error ? 1 : 0);
  });
});

describe('addComment', () => {
  it('keeps comments on their card, oldest first, with no edit date', () => {
    const doc = commented();
    addComment(doc, LAURA, 'card', 'Grazie, lo aggiungo', { id: 'm2', now: 5 });
    const comments = snapshot(doc).sections[0]?.cards[0]?.comments;
    expect(comments?.map((c) => [c.id, c.editedAt])).toEqual([
      ['m2', null],
      ['m1', null],
    ]);
  });

  it('refuses a card that does not exist', () => {
    const doc = commented();
    expect(outcome(doc, () => addComment(doc, PAOLO, 'nope', 'x'))).toBe('unknown_card');
  });
});
