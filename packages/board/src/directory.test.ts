import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from './cards.js';
import { addComment } from './comments.js';
import { parseDirectory } from './directory.js';
import { CARD, COMMENT, ROOT } from './keys.js';
import { board, LAURA, PAOLO } from './testing/fixtures.js';

describe('the board document', () => {
  it('names the authors of cards and comments by id only', () => {
    const doc = board();
    const card = addCard(doc, LAURA, { section: 'needs', text: 'Tecnico PLC' });
    const comment = addComment(doc, PAOLO, card, 'Anche da noi');
    const cardMap = doc.getMap<Y.Map<unknown>>(ROOT.cards).get(card)!;
    const commentMap = doc.getMap<Y.Map<unknown>>(ROOT.comments).get(comment)!;
    expect([...cardMap.keys()].sort()).toEqual(
      [CARD.id, CARD.section, CARD.kind, CARD.authorId, CARD.createdAt, CARD.text].sort(),
    );
    expect([...commentMap.keys()].sort()).toEqual(
      [COMMENT.id, COMMENT.cardId, COMMENT.authorId, COMMENT.text, COMMENT.createdAt].sort(),
    );
    expect(doc.share.has('participants')).toBe(false);
  });
});

describe('parseDirectory', () => {
  it('keeps well-formed entries and fields, drops the rest', () => {
    expect(
      parseDirectory({
        a: { role: 'participant', name: 'Laura', organisation: 'Reggiane', consent: true },
        b: { role: 'king', name: 7, organisation: 'x'.repeat(201), consent: 'yes' },
        c: 'Laura',
        d: null,
        e: ['x'],
      }),
    ).toEqual({
      a: { role: 'participant', name: 'Laura', organisation: 'Reggiane', consent: true },
      b: {},
    });
  });

  it('reads anything that is not an object as nobody', () => {
    for (const value of [null, undefined, 'x', 3, [], [{ name: 'x' }]]) {
      expect(parseDirectory(value)).toEqual({});
    }
  });
});
