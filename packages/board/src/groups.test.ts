import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from './cards.js';
import { createGroup, deleteGroup, moveCardToGroup, renameGroup } from './groups.js';
import { snapshot } from './snapshot.js';
import { board, LAURA, MODERATOR, sync } from './testing/fixtures.js';

describe('groups', () => {
  it.each([
    ['a participant', LAURA, { section: 'needs', heading: 'X' }, 'forbidden'],
    ['an unknown section', MODERATOR, { section: 'nowhere', heading: 'X' }, 'unknown_section'],
    ['an empty heading', MODERATOR, { section: 'needs', heading: ' ' }, 'text_empty'],
  ] as const)('refuses %s', (_name, actor, group, code) => {
    const doc = board('grouping');
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => createGroup(doc, actor, group)).toThrow(expect.objectContaining({ code }));
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses cards of another section', () => {
    const doc = board('grouping');
    const t = addCard(doc, MODERATOR, { section: 'trends', text: 'x' });
    expect(() =>
      createGroup(doc, MODERATOR, { section: 'needs', heading: 'X', cardIds: [t] }),
    ).toThrow(expect.objectContaining({ code: 'invalid_field' }));
  });

  it('deleting a group keeps its cards, ungrouped', () => {
    const doc = board('grouping');
    const a = addCard(doc, LAURA, { section: 'needs', text: 'uno' });
    const g = createGroup(doc, MODERATOR, { section: 'needs', heading: 'Robot', cardIds: [a] });
    renameGroup(doc, MODERATOR, g, 'Robotica collaborativa');
    expect(snapshot(doc).sections[0]?.groups[0]).toMatchObject({
      heading: 'Robotica collaborativa',
    });
    deleteGroup(doc, MODERATOR, g);
    const needs = snapshot(doc).sections[0]!;
    expect(needs.groups).toEqual([]);
    expect(needs.cards.map((c) => [c.id, c.groupId])).toEqual([[a, null]]);
  });

  it('a card moved into two groups concurrently ends in one, the same on every replica', () => {
    const a = board('grouping');
    const card = addCard(a, LAURA, { section: 'needs', text: 'uno' });
    const g1 = createGroup(a, MODERATOR, { section: 'needs', heading: 'A' });
    const g2 = createGroup(a, MODERATOR, { section: 'needs', heading: 'B' });
    const b = new Y.Doc();
    sync(a, b);
    moveCardToGroup(a, MODERATOR, card, g1);
    moveCardToGroup(b, MODERATOR, card, g2);
    sync(a, b);
    sync(b, a);
    const inGroups = (doc: Y.Doc) =>
      snapshot(doc).sections[0]!.groups.flatMap((g) => g.cards.map(() => g.id));
    expect(inGroups(a)).toHaveLength(1);
    expect(inGroups(b)).toEqual(inGroups(a));
  });

  it('a card moved into a group deleted concurrently survives, ungrouped', () => {
    const a = board('grouping');
    const card = addCard(a, LAURA, { section: 'needs', text: 'uno' });
    const g = createGroup(a, MODERATOR, { section: 'needs', heading: 'A' });
    const b = new Y.Doc();
    sync(a, b);
    deleteGroup(a, MODERATOR, g);
    moveCardToGroup(b, MODERATOR, card, g);
    sync(a, b);
    sync(b, a);
    for (const doc of [a, b]) {
      expect(snapshot(doc).sections[0]!.cards.map((c) => [c.id, c.groupId])).toEqual([
        [card, null],
      ]);
    }
  });
});
