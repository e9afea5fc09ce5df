import type { CardFields, CardKind } from '@tavolo/board';
import type { Attribution, NeedRef, Paper } from './Paper.js';
import { cardsOf } from './tableChapter.js';

/** One contribution as a flat record: what CSV and XLSX write, one row each. */
export interface ContributionRow {
  readonly tableId: string;
  readonly table: string;
  readonly sectionId: string;
  /** A free section's own title; built-in sections are titled by the labels. */
  readonly sectionTitle: string | null;
  readonly kind: CardKind;
  /** The card's rank in its section; a duplicate carries the rank of the card it joined. */
  readonly rank: string;
  readonly id: string;
  readonly text: string;
  readonly fields: CardFields;
  /** Ranks of the skill needs a proposal answers. */
  readonly answers: readonly string[];
  readonly group: string | null;
  /** For a duplicate merged by the moderator, the rank of the card it was merged into. */
  readonly mergedInto: string | null;
  /** Counted votes; a card's include those of its merged duplicates, a duplicate's are its own. */
  readonly votes: number;
  readonly comments: number;
  /** The author's name, only when they consented (and the table is not anonymous). */
  readonly author: string | null;
  /** The author's organisation, unless the table hides organisations. */
  readonly organisation: string | null;
}

/**
 * Every contribution of a paper, one row each: tables in order, sections in board order, cards
 * in ranking order, each followed by the duplicates merged into it. Names and organisations
 * are only those the paper model kept, so rows obey the same privacy rules as the paper.
 */
export function contributionRows(paper: Paper): ContributionRow[] {
  const rows: ContributionRow[] = [];
  for (const table of paper.tables) {
    for (const section of table.sections) {
      const base = {
        tableId: table.id,
        table: table.title,
        sectionId: section.id,
        sectionTitle: section.title,
        kind: section.kind,
      };
      for (const card of cardsOf(section)) {
        rows.push({
          ...base,
          ...credit(card.by),
          rank: card.rank,
          id: card.id,
          text: card.text,
          fields: card.fields,
          answers: ranks(card.answers),
          group: card.group,
          mergedInto: null,
          votes: card.votes,
          comments: card.comments.length,
        });
        for (const dup of card.duplicates) {
          rows.push({
            ...base,
            ...credit(dup.by),
            rank: card.rank,
            id: dup.id,
            text: dup.text,
            fields: dup.fields,
            answers: ranks(dup.answers),
            group: card.group,
            mergedInto: card.rank,
            votes: dup.votes,
            comments: dup.comments.length,
          });
        }
      }
    }
  }
  return rows;
}

/** The rows of a paper, or the rows themselves when given rows. */
export function rowsOf(input: Paper | readonly ContributionRow[]): readonly ContributionRow[] {
  return isRows(input) ? input : contributionRows(input);
}

function isRows(input: Paper | readonly ContributionRow[]): input is readonly ContributionRow[] {
  return Array.isArray(input);
}

function credit(by: Attribution): Pick<ContributionRow, 'author' | 'organisation'> {
  return { author: by.name, organisation: by.organisation };
}

function ranks(refs: readonly NeedRef[]): string[] {
  return refs.map((r) => r.rank);
}
