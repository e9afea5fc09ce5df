import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, editCardText } from './cards.js';
import { BoardReader } from './snapshot.js';
import { initTable } from './table.js';

const author = { id: 'p1', name: 'Marco', organisation: 'ITS Maker' };

describe('BoardReader', () => {
  it('returns the same objects for unchanged parts', () => {
    const doc = new Y.Doc();
    initTable(doc, { tableId: 't', title: 'T', templateId: 'skillNeeds' });
    const a = addCard(doc, { section: 'needs', text: 'uno', author, now: 1 });
    addCard(doc, { section: 'trends', text: 'due', author, now: 2 });
    const reader = new BoardReader();
    const first = reader.snapshot(doc);
    expect(reader.snapshot(doc)).toBe(first);

    editCardText(doc, a, 'uno bis');
    const second = reader.snapshot(doc);
    expect(second).not.toBe(first);
    expect(second.sections[0]).not.toBe(first.sections[0]);
    expect(second.sections[1]).toBe(first.sections[1]);
    expect(second.sections[2]).toBe(first.sections[2]);
    expect(second.sections[0]?.cards[0]?.text).toBe('uno bis');
  });

  it('orders cards by creation time, then id', () => {
    const doc = new Y.Doc();
    initTable(doc, { tableId: 't', title: 'T', templateId: 'skillNeeds' });
    addCard(doc, { section: 'needs', text: 'late', author, now: 9, id: 'a' });
    addCard(doc, { section: 'needs', text: 'early', author, now: 3, id: 'z' });
    addCard(doc, { section: 'needs', text: 'tie', author, now: 9, id: '0' });
    const texts = new BoardReader().snapshot(doc).sections[0]?.cards.map((c) => c.text);
    expect(texts).toEqual(['early', 'tie', 'late']);
  });

  it('freezes what it returns', () => {
    const doc = new Y.Doc();
    initTable(doc, { tableId: 't', title: 'T', templateId: 'skillNeeds' });
    addCard(doc, { section: 'needs', text: 'x', author });
    const snap = new BoardReader().snapshot(doc);
    expect(Object.isFrozen(snap)).toBe(true);
    expect(Object.isFrozen(snap.sections[0]?.cards[0])).toBe(true);
  });
});
