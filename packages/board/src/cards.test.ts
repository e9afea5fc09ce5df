import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, editCardText, MAX_CARD_TEXT } from './cards.js';
import { initTable } from './table.js';
import { snapshot } from './snapshot.js';

const author = { id: 'p1', name: 'Giulia Rossi', organisation: 'Meccanica Emiliana' };

function demoDoc(): Y.Doc {
  const doc = new Y.Doc();
  initTable(doc, { tableId: 't1', title: 'Robotica', templateId: 'skillNeeds' });
  return doc;
}

describe('addCard', () => {
  it.each([
    { section: 'needs', text: 'Tecnico manutentore 4.0', error: null },
    { section: 'trends', text: '  +12% di offerte  ', error: null },
    { section: 'nowhere', text: 'x', error: 'unknown_section' },
    { section: 'needs', text: '   ', error: 'text_empty' },
    { section: 'needs', text: 'a'.repeat(MAX_CARD_TEXT + 1), error: 'text_too_long' },
  ])('$section / "$text" -> $error', ({ section, text, error }) => {
    const doc = demoDoc();
    const before = Y.encodeStateAsUpdate(doc);
    if (error) {
      expect(() => addCard(doc, { section, text, author })).toThrow(
        expect.objectContaining({ code: error }),
      );
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    } else {
      const id = addCard(doc, { section, text, author, now: 5 });
      const card = snapshot(doc)
        .sections.find((s) => s.id === section)
        ?.cards.find((c) => c.id === id);
      expect(card).toMatchObject({ text: text.trim(), authorId: 'p1', createdAt: 5 });
    }
  });

  it('takes the kind of its section', () => {
    const doc = demoDoc();
    const id = addCard(doc, { section: 'proposals', text: 'Borse ITS', author });
    const card = snapshot(doc).sections[2]?.cards[0];
    expect(card).toMatchObject({ id, kind: 'proposal', organisation: 'Meccanica Emiliana' });
  });
});

describe('editCardText', () => {
  it('replaces the text and converges on another replica', () => {
    const a = demoDoc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const id = addCard(a, { section: 'needs', text: 'Saldatore', author });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    editCardText(b, id, 'Saldatore certificato');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(snapshot(a).sections[0]?.cards[0]?.text).toBe('Saldatore certificato');
  });

  it('rejects an unknown card and leaves the document untouched', () => {
    const doc = demoDoc();
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => editCardText(doc, 'missing', 'x')).toThrow(
      expect.objectContaining({ code: 'unknown_card' }),
    );
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
