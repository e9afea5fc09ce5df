import type { ContributionRow } from '../contributionRows.js';
import { fieldEntries, formatAttribution, formatNumber, sectionTitle } from '../format.js';
import type { PaperSection, TableChapter } from '../Paper.js';
import type { PaperLabels } from '../labels.js';
import { cardsOf } from '../tableChapter.js';
import { bold, cell, italic, text, type Block, type Row } from './Block.js';

/** Rows grouped by table and section, so each annex table takes its own in one lookup. */
export type RowsBySection = ReadonlyMap<string, readonly ContributionRow[]>;

/** Groups rows by table and section, keeping their order. */
export function rowsBySection(rows: readonly ContributionRow[]): RowsBySection {
  const out = new Map<string, ContributionRow[]>();
  for (const row of rows) {
    const key = sectionKey(row.tableId, row.sectionId);
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}

function sectionKey(tableId: string, sectionId: string): string {
  return `${tableId}\u0000${sectionId}`;
}

/** A table's annex: every contribution of every section, with its details and votes. */
export function annexBlocks(
  chapter: TableChapter,
  rows: RowsBySection,
  level: 2 | 3,
  labels: PaperLabels,
): Block[] {
  const [ref, contribution, details, group, votes, author] = labels.annexColumns;
  const columns = [
    { header: ref!, width: 6 },
    { header: contribution!, width: 26 },
    { header: details!, width: 33 },
    { header: group!, width: 12 },
    { header: votes!, width: 7, numeric: true },
    { header: author!, width: 18 },
  ];
  const blocks: Block[] = [];
  for (const section of chapter.sections) {
    blocks.push({ type: 'heading', level, text: sectionTitle(section, labels) });
    const own = rows.get(sectionKey(chapter.id, section.id)) ?? [];
    if (own.length === 0) {
      blocks.push({ type: 'paragraph', content: [italic(labels.noContributions)], note: true });
      continue;
    }
    blocks.push({ type: 'table', columns, rows: own.map((row) => annexRow(row, section, labels)) });
    blocks.push(...commentBlocks(section, labels));
  }
  return blocks;
}

/**
 * The comments on a section's contributions, under the reference of the contribution they
 * discuss (a duplicate's under the card it joined), each credited as the privacy rules allowed
 * when the model was built. Nothing for a section nobody commented on.
 */
function commentBlocks(section: PaperSection, labels: PaperLabels): Block[] {
  const rows: Row[] = [];
  for (const card of cardsOf(section)) {
    for (const comment of [card, ...card.duplicates].flatMap((c) => c.comments)) {
      rows.push({
        cells: [
          cell(text(card.rank)),
          cell(text(comment.text)),
          cell(text(formatAttribution(comment.by))),
        ],
      });
    }
  }
  if (rows.length === 0) return [];
  const [ref, comment, author] = labels.annexCommentColumns;
  return [
    { type: 'paragraph', content: [bold(labels.annexComments)] },
    {
      type: 'table',
      columns: [
        { header: ref!, width: 6 },
        { header: comment!, width: 70 },
        { header: author!, width: 24 },
      ],
      rows,
    },
  ];
}

function annexRow(row: ContributionRow, section: PaperSection, labels: PaperLabels): Row {
  const details = fieldEntries(section.kind, row.fields, labels, row.answers)
    .map(([label, value]) => `${label}: ${value}`)
    .join('; ');
  return {
    cells: [
      cell(text(row.mergedInto === null ? row.rank : '')),
      row.mergedInto === null
        ? cell(text(row.text))
        : cell(text(row.text), italic(` (${labels.duplicateOf(row.mergedInto)})`)),
      cell(text(details)),
      cell(text(row.group ?? '')),
      cell(text(formatNumber(row.votes, labels))),
      cell(text(formatAttribution({ name: row.author, organisation: row.organisation }))),
    ],
  };
}
