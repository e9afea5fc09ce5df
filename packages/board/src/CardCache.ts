import * as Y from 'yjs';
import { ROOT } from './keys.js';
import type { BoardSnapshot, Card } from './types.js';

/** A card as read from its map, before votes, merges, comments and names are added. */
export type RawCard = Omit<
  Card,
  'votes' | 'merged' | 'comments' | 'authorName' | 'organisation'
> & {
  mergedInto: string | null;
};

/**
 * What a reader keeps between snapshots of a large board: each card as last read, until a change
 * to that card (or to the set of groups, which its group link depends on) is observed; and each
 * finished card, while its reading, votes, merges and comments are the same. A remote edit to
 * one card of 500 then reads one card, not 500.
 */
export class CardCache {
  readonly raw = new Map<string, RawCard>();
  readonly finished = new Map<string, Card>();
  private readonly cards: Y.Map<Y.Map<unknown>>;
  private readonly groups: Y.Map<Y.Map<unknown>>;

  constructor(readonly doc: Y.Doc) {
    this.cards = doc.getMap(ROOT.cards);
    this.groups = doc.getMap(ROOT.groups);
    this.cards.observeDeep(this.onCards);
    this.groups.observe(this.onGroups);
  }

  private readonly onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      const changed =
        event.path.length === 0
          ? [...(event as Y.YMapEvent<unknown>).keysChanged]
          : [String(event.path[0])];
      for (const id of changed) {
        this.raw.delete(id);
        this.finished.delete(id);
      }
    }
  };

  /** A group added or removed can change any card's group link. */
  private readonly onGroups = (event: Y.YMapEvent<Y.Map<unknown>>) => {
    if (event.keysChanged.size === 0) return;
    this.raw.clear();
    this.finished.clear();
  };

  /**
   * Keeps, for each cached card, the object the snapshot holds: structural sharing may have
   * kept the previous snapshot's equal object instead of the one just built. Only plain cards
   * are cached: one that has comments or merged cards now is not what the cache describes.
   */
  adopt(board: BoardSnapshot): void {
    for (const section of board.sections) {
      for (const card of section.cards) {
        if (card.merged.length > 0 || card.comments.length > 0) continue;
        if (this.finished.has(card.id)) this.finished.set(card.id, card);
      }
    }
  }

  destroy(): void {
    this.cards.unobserveDeep(this.onCards);
    this.groups.unobserve(this.onGroups);
  }
}
