import type { BoardSnapshot, Card, Group, Section, Spotlight } from '@tavolo/board';

/** One entry of a section on the wall: a group with its cards, or a card in no group. */
export type WallItem =
  | { readonly type: 'group'; readonly id: string; readonly group: Group }
  | { readonly type: 'card'; readonly id: string; readonly card: Card };

/** What the wall shows of one section: the most recent entries and how many it leaves out. */
export interface WallColumn {
  readonly section: Section;
  readonly items: readonly WallItem[];
  /** Entries of the section not shown. */
  readonly rest: number;
}

/** When an entry last changed as the room sees it: a group moves up when a card joins it. */
function lastActivity(item: WallItem): number {
  if (item.type === 'card') return item.card.createdAt;
  return item.group.cards.reduce(
    (latest, c) => Math.max(latest, c.createdAt),
    item.group.createdAt,
  );
}

/**
 * A section's `limit` most recent entries, newest first. Never by votes: during voting the
 * order would tell the room the totals that stay hidden until voting closes.
 */
export function wallColumn(section: Section, limit: number): WallColumn {
  const items: WallItem[] = [
    ...section.groups.map((group) => ({ type: 'group' as const, id: group.id, group })),
    ...section.cards
      .filter((card) => card.groupId === null)
      .map((card) => ({ type: 'card' as const, id: card.id, card })),
  ];
  items.sort((a, b) => lastActivity(b) - lastActivity(a) || (a.id < b.id ? -1 : 1));
  const shown = items.slice(0, Math.max(0, limit));
  return { section, items: shown, rest: items.length - shown.length };
}

/** The spotlit card or group as the board holds it, with its section; null if none or gone. */
export function spotlitItem(
  board: BoardSnapshot,
  spotlight: Spotlight | null = board.spotlight,
): { readonly item: WallItem; readonly section: Section } | null {
  if (!spotlight) return null;
  for (const section of board.sections) {
    if (spotlight.kind === 'group') {
      const group = section.groups.find((g) => g.id === spotlight.id);
      if (group) return { item: { type: 'group', id: group.id, group }, section };
    } else {
      const card =
        section.cards.find((c) => c.id === spotlight.id) ??
        section.cards.flatMap((c) => c.merged).find((c) => c.id === spotlight.id);
      if (card) return { item: { type: 'card', id: card.id, card }, section };
    }
  }
  return null;
}
