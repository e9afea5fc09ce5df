import {
  addCard,
  addComment,
  castVote,
  deleteCard,
  deleteComment,
  editCardText,
  initTable,
  setPhase,
  updateCard,
} from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rehome, specOf } from './specOf.js';
import { encodeUpdate } from './updates.js';

describe('an honest update taken apart and encoded again', () => {
  // Not byte for byte: Yjs also sets the parentSub bit on items that have an origin, where no
  // reader looks at it and decodeUpdate does not report it.
  it('decodes to what Yjs wrote, for every board operation', () => {
    const doc = new Y.Doc();
    doc.clientID = 4242;
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    initTable(doc, { tableId: 't', title: 'T', templateId: 'skillNeeds', phase: 'sharing' });
    const laura = { id: 'laura', role: 'participant' as const };
    const card = addCard(doc, laura, { section: 'needs', text: 'Serve un tecnico' });
    editCardText(doc, laura, card, 'Servono due tecnici');
    const moderator = { id: 'mod', role: 'moderator' as const };
    setPhase(doc, moderator, 'voting');
    castVote(doc, laura, card);
    setPhase(doc, moderator, 'sharing');
    const comment = addComment(doc, laura, card, 'Concordo');
    updateCard(doc, laura, card, { horizon: 'now' });
    deleteComment(doc, laura, comment);
    deleteCard(doc, laura, card);
    expect(updates.length).toBeGreaterThan(8);
    for (const update of updates) {
      expect(Y.decodeUpdate(encodeUpdate(specOf(update)))).toEqual(Y.decodeUpdate(update));
    }
  });

  it('moves to another client, with references into what it moves and not into earlier content', () => {
    const doc = new Y.Doc();
    doc.clientID = 10;
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    const cards = doc.getMap<Y.Map<unknown>>('cards');
    cards.set('a', new Y.Map());
    doc.transact(() => {
      const card = new Y.Map<unknown>();
      cards.set('b', card);
      card.set('text', 'x');
      cards.get('a')!.set('text', 'y');
    });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, updates[0]!);
    Y.applyUpdate(copy, encodeUpdate(rehome(specOf(updates[1]!), 10, 77, 0)));
    expect(copy.getMap('cards').toJSON()).toEqual({ a: { text: 'y' }, b: { text: 'x' } });
    expect(Y.getState(copy.store, 77)).toBe(3);
  });
});
