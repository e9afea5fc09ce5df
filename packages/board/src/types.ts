import type { Spotlight, Timer } from './control.js';
import type { CardFields } from './fields.js';
import type { Phase } from './phases.js';
import type { CardKind, SectionDef } from './templates.js';
import type { RawVote } from './votes.js';

/** A comment on a card. */
export interface Comment {
  readonly id: string;
  readonly cardId: string;
  readonly authorId: string;
  /** From the reader's directory; '' when the reader may not see it. */
  readonly authorName: string;
  /** From the reader's directory; '' when the reader may not see it. */
  readonly organisation: string;
  readonly text: string;
  readonly createdAt: number;
  /** When its author last edited it; null when never. */
  readonly editedAt: number | null;
}

/** Plain, immutable view of a card with its typed fields, votes and comments. */
export interface Card extends CardFields {
  readonly id: string;
  readonly section: string;
  readonly kind: CardKind;
  readonly authorId: string;
  /** From the reader's directory; '' when the reader may not see it. */
  readonly authorName: string;
  /** From the reader's directory; '' when the reader may not see it. */
  readonly organisation: string;
  readonly createdAt: number;
  readonly text: string;
  /** The group it sits in, or null (a group that no longer exists reads as null). */
  readonly groupId: string | null;
  /** Counted votes on the card and on the duplicates merged into it. */
  readonly votes: number;
  /** Duplicates merged into this card. */
  readonly merged: readonly Card[];
  readonly comments: readonly Comment[];
}

/** A group of cards under a heading. */
export interface Group {
  readonly id: string;
  readonly section: string;
  readonly heading: string;
  readonly createdAt: number;
  readonly cards: readonly Card[];
  /** Votes on the group itself plus on its cards. */
  readonly votes: number;
}

/** A top-level entry of a section: a group, or a card in no group. */
export type Item =
  | { readonly type: 'group'; readonly id: string; readonly votes: number; readonly group: Group }
  | { readonly type: 'card'; readonly id: string; readonly votes: number; readonly card: Card };

/** Plain, immutable view of a section. */
export interface Section extends SectionDef {
  /** Every card shown on its own (duplicates merged away are under their target), oldest first. */
  readonly cards: readonly Card[];
  readonly groups: readonly Group[];
  /** Groups and ungrouped cards, most voted first, then oldest first. */
  readonly ranked: readonly Item[];
  readonly votes: number;
}

/** Plain, immutable view of a whole table's board. */
export interface BoardSnapshot {
  readonly tableId: string;
  readonly title: string;
  readonly templateId: string;
  readonly schemaVersion: number;
  readonly phase: Phase;
  readonly timer: Timer;
  readonly locked: boolean;
  readonly spotlight: Spotlight | null;
  readonly voteBudget: number;
  readonly anonymous: boolean;
  readonly showOrganisations: boolean;
  readonly conclusions: string;
  /** Planned milliseconds per phase: each phase's timebox. */
  readonly agenda: Partial<Record<Phase, number>>;
  /** Server time the current phase began; null when not known. */
  readonly phaseStartedAt: number | null;
  readonly sections: readonly Section[];
  /** The votes that count. */
  readonly votes: readonly RawVote[];
  readonly totals: {
    readonly cards: number;
    readonly votes: number;
    readonly comments: number;
  };
}
