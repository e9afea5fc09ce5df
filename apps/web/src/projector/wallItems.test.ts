import {
  addCard,
  castVote,
  createGroup,
  mergeCards,
  moveCardToGroup,
  setPhase,
  setSpotlight,
  snapshot,
} from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import { LAURA, memoryBoard, MODERATOR, PAOLO } from '../testing/renderBoard.js';
import { spotlitItem, wallColumn } from './wallItems.js';

function boardWithCards(count: number) {
  const doc = memoryBoard('sharing');
  const ids = Array.from({ length: count }, (_, i) =>
    addCard(doc, LAURA, { section: 'needs', text: `Bisogno ${i + 1}` }, { now: 1000 + i }),
  );
  return { doc, ids };
}

const needs = (doc: ReturnType<typeof memoryBoard>) =>
  snapshot(doc).sections.find((s) => s.id === 'needs')!;

describe('wallColumn', () => {
  it('shows the most recent entries first and counts the rest', () => {
    const { doc } = boardWithCards(7);
    const column = wallColumn(needs(doc), 4);
    expect(column.items.map((i) => (i.type === 'card' ? i.card.text : ''))).toEqual([
      'Bisogno 7',
      'Bisogno 6',
      'Bisogno 5',
      'Bisogno 4',
    ]);
    expect(column.rest).toBe(3);
  });

  it('shows a group once, with its cards, as recent as its newest card', () => {
    const doc = memoryBoard('sharing');
    const at = (now: number) =>
      addCard(doc, LAURA, { section: 'needs', text: `Alle ${now}` }, { now });
    const [a, , c] = [at(1000), at(1010), at(1020)];
    const group = createGroup(
      doc,
      MODERATOR,
      { section: 'needs', heading: 'Meccatronica', cardIds: [a] },
      { now: 1005 },
    );
    expect(wallColumn(needs(doc), 10).items.map((i) => i.type)).toEqual(['card', 'card', 'group']);
    moveCardToGroup(doc, MODERATOR, c, group);
    const column = wallColumn(needs(doc), 10);
    expect(column.items.map((i) => i.id)).toEqual([group, expect.any(String)]);
    expect(column.items[0]).toMatchObject({ type: 'group', group: { cards: [{}, {}] } });
    expect(column.rest).toBe(0);
  });

  it('never orders by votes, which stay hidden until voting closes', () => {
    const { doc, ids } = boardWithCards(3);
    setPhase(doc, MODERATOR, 'voting');
    castVote(doc, PAOLO, ids[0]!);
    castVote(doc, LAURA, ids[0]!);
    const column = wallColumn(needs(doc), 3);
    expect(column.items.map((i) => i.id)).toEqual([ids[2], ids[1], ids[0]]);
  });
});

describe('spotlitItem', () => {
  it('finds the spotlit card, group or merged duplicate, and nothing once it is gone', () => {
    const { doc, ids } = boardWithCards(3);
    expect(spotlitItem(snapshot(doc))).toBeNull();
    setSpotlight(doc, MODERATOR, { kind: 'card', id: ids[1]! });
    expect(spotlitItem(snapshot(doc))?.item).toMatchObject({ type: 'card', id: ids[1] });
    const group = createGroup(doc, MODERATOR, { section: 'needs', heading: 'Robotica' });
    setSpotlight(doc, MODERATOR, { kind: 'group', id: group });
    const found = spotlitItem(snapshot(doc));
    expect(found?.item).toMatchObject({ type: 'group', id: group });
    expect(found?.section.id).toBe('needs');
    mergeCards(doc, MODERATOR, ids[2]!, ids[0]!);
    setSpotlight(doc, MODERATOR, { kind: 'card', id: ids[2]! });
    expect(spotlitItem(snapshot(doc))?.item).toMatchObject({ type: 'card', id: ids[2] });
    expect(spotlitItem(snapshot(doc), { kind: 'card', id: 'gone' })).toBeNull();
  });
});
