import type { CardFields, CardKind, Phase } from '@tavolo/board';
import type { PaperEvent } from './PaperInput.js';

/** Languages a paper can be written in. */
export type PaperLanguage = 'it' | 'en';

/**
 * Who a contribution is credited to, as the privacy rules allow: a name only for a person who
 * consented (and never at an anonymous table), an organisation unless the table is anonymous
 * and the moderator chose not to show organisations.
 */
export interface Attribution {
  readonly name: string | null;
  readonly organisation: string | null;
}

/** A person who agreed to be named in the paper. */
export interface PaperPerson {
  readonly name: string;
  readonly organisation: string | null;
}

/** A skill need a proposal answers, by its place in the needs ranking. */
export interface NeedRef {
  readonly id: string;
  readonly rank: string;
  readonly text: string;
}

/** A comment on a contribution, credited as the privacy rules allow. */
export interface PaperComment {
  readonly text: string;
  readonly by: Attribution;
}

/** A duplicate the moderator merged into a card: kept for the annex with its own votes. */
export interface PaperDuplicate {
  readonly id: string;
  readonly text: string;
  readonly fields: CardFields;
  /** Votes cast on the duplicate itself. */
  readonly votes: number;
  readonly by: Attribution;
  /** Its comments, oldest first. */
  readonly comments: readonly PaperComment[];
  /** For proposals: the skill needs it answers, in ranking order. */
  readonly answers: readonly NeedRef[];
}

/** One contribution as the paper shows it. */
export interface PaperCard {
  readonly id: string;
  /** Place in the section's ranking: "2", or "2.1" for the first card of a group ranked 2nd. */
  readonly rank: string;
  readonly kind: CardKind;
  readonly text: string;
  readonly fields: CardFields;
  /** Counted votes, those on merged duplicates included. */
  readonly votes: number;
  /** The card's votes as a share of all votes cast in its section (0 when none were cast). */
  readonly share: number;
  /** Heading of the group it sits in. */
  readonly group: string | null;
  readonly by: Attribution;
  /** Its comments, oldest first. */
  readonly comments: readonly PaperComment[];
  readonly duplicates: readonly PaperDuplicate[];
  /** For proposals: the skill needs it answers, in ranking order. */
  readonly answers: readonly NeedRef[];
}

/** A top-level entry of a section's ranking: a group of cards, or a card in no group. */
export type PaperItem =
  | {
      readonly type: 'card';
      readonly rank: string;
      readonly votes: number;
      readonly card: PaperCard;
    }
  | {
      readonly type: 'group';
      readonly rank: string;
      readonly votes: number;
      readonly heading: string;
      /** Its cards, most voted first. */
      readonly cards: readonly PaperCard[];
    };

/** A section of a table's board, ranked. */
export interface PaperSection {
  readonly id: string;
  readonly kind: CardKind;
  /** A free section's own title; built-in sections are titled by the labels. */
  readonly title: string | null;
  /** Counted votes cast in the section, on cards and on groups. */
  readonly votes: number;
  /** Groups and ungrouped cards, most voted first (as on the board). */
  readonly items: readonly PaperItem[];
}

/** Counts that describe how large a table (or an event) was. */
export interface PaperCounts {
  readonly participants: number;
  readonly contributions: number;
  readonly votes: number;
  /** Comments on the contributions. */
  readonly comments: number;
}

/** One table's part of a paper: the whole paper of a table paper, a chapter of an event's. */
export interface TableChapter {
  readonly id: string;
  readonly title: string;
  readonly cluster: string;
  readonly area: string;
  readonly phase: Phase;
  /** False for a table that never ran: nobody wrote a single contribution. */
  readonly held: boolean;
  /** False while voting can still change the ranking. */
  readonly votingClosed: boolean;
  /** Dots each participant may give in each section. */
  readonly voteBudget: number;
  readonly anonymous: boolean;
  /** Whether organisations may appear at all (false: anonymous table, organisations hidden). */
  readonly organisationsShown: boolean;
  /** Participating organisations, sorted; empty when organisations are hidden. */
  readonly organisations: readonly string[];
  /** People who consented to be named; empty at an anonymous table. */
  readonly named: readonly PaperPerson[];
  readonly counts: PaperCounts;
  readonly sections: readonly PaperSection[];
  /** The moderator's conclusions, one string per paragraph. */
  readonly conclusions: readonly string[];
}

/** One table's part in a recurring need or proposal. */
export interface RecurrenceEntry {
  readonly tableId: string;
  readonly table: string;
  /** The matching cards of that table, as rank and text. */
  readonly cards: readonly { readonly rank: string; readonly text: string }[];
  readonly votes: number;
  /** The matching cards' share of the votes in their section, at most 1. */
  readonly share: number;
}

/** A skill need or proposal that recurs across tables. */
export interface Recurrence {
  readonly rank: number;
  /** The text of its best-supported card. */
  readonly label: string;
  /** Sum over tables of the share of votes it won there: every table weighs the same. */
  readonly score: number;
  readonly votes: number;
  /** Expected hires summed over its cards (needs only; null when nobody gave a figure). */
  readonly hires: number | null;
  readonly tables: readonly RecurrenceEntry[];
}

/** What recurs across an event's tables. */
export interface Synthesis {
  readonly needs: readonly Recurrence[];
  readonly proposals: readonly Recurrence[];
}

/** A position-paper draft: language-neutral data that every renderer reads. */
export interface Paper {
  readonly scope: 'table' | 'event';
  readonly title: string;
  /** The event, trimmed; its promoters distinct and without the organiser (`paperEventOf`). */
  readonly event: PaperEvent;
  /** Every organisation shown by any table, sorted. */
  readonly organisations: readonly string[];
  readonly counts: PaperCounts & { readonly tables: number };
  /** One table for a table paper; every table, in order, for an event paper. */
  readonly tables: readonly TableChapter[];
  /** The cross-table synthesis; null for a table paper. */
  readonly synthesis: Synthesis | null;
}
