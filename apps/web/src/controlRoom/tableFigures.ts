import type { BoardSnapshot, Item } from '@tavolo/board';

/** One section's count of contributions. */
export interface SectionCount {
  readonly id: string;
  /** Free sections carry their own title; built-in ones are titled by the client. */
  readonly title: string | undefined;
  readonly count: number;
}

/** A top-voted item: a card or a group heading, with its votes. */
export interface TopItem {
  readonly id: string;
  readonly text: string;
  readonly votes: number;
  readonly sectionId: string;
}

/** Contributions per section, in the board's order. */
export function sectionCounts(board: BoardSnapshot): readonly SectionCount[] {
  return board.sections.map((s) => ({ id: s.id, title: s.title, count: s.cards.length }));
}

/** The `limit` items with the most votes across sections (none without votes); ties: oldest first as ranked. */
export function topItems(board: BoardSnapshot, limit: number): readonly TopItem[] {
  const all: TopItem[] = board.sections.flatMap((section) =>
    section.ranked.filter((item) => item.votes > 0).map((item) => toTop(item, section.id)),
  );
  return all.sort((a, b) => b.votes - a.votes).slice(0, limit);
}

function toTop(item: Item, sectionId: string): TopItem {
  return {
    id: item.id,
    text: item.type === 'group' ? item.group.heading : item.card.text,
    votes: item.votes,
    sectionId,
  };
}
