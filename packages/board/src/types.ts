import type { CardKind, SectionDef } from './templates.js';

/** Who wrote a card: the participant, their name and organisation. */
export interface Author {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
}

/** Plain, immutable view of a card. */
export interface Card {
  readonly id: string;
  readonly section: string;
  readonly kind: CardKind;
  readonly authorId: string;
  readonly authorName: string;
  readonly organisation: string;
  readonly createdAt: number;
  readonly text: string;
  readonly groupId: string | null;
}

/** Plain, immutable view of a section and its cards in display order. */
export interface Section extends SectionDef {
  readonly cards: readonly Card[];
}

/** Plain, immutable view of a whole table's board. */
export interface BoardSnapshot {
  readonly tableId: string;
  readonly title: string;
  readonly templateId: string;
  readonly sections: readonly Section[];
}
