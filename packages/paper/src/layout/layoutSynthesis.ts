import { formatNumber, formatScore, formatShare } from '../format.js';
import type { Recurrence, RecurrenceEntry, Synthesis } from '../Paper.js';
import type { PaperLabels } from '../labels.js';
import { cell, italic, text, type Block, type Column } from './Block.js';

/** The cross-table synthesis: recurring needs, then recurring proposals, each ranked. */
export function synthesisBlocks(synthesis: Synthesis, labels: PaperLabels): Block[] {
  return [
    { type: 'heading', level: 1, text: labels.synthesis },
    { type: 'paragraph', content: [text(labels.synthesisIntro)] },
    { type: 'heading', level: 2, text: labels.recurringNeeds },
    ...recurrenceTable(synthesis.needs, true, labels.noRecurringNeeds, labels),
    { type: 'heading', level: 2, text: labels.recurringProposals },
    ...recurrenceTable(synthesis.proposals, false, labels.noRecurringProposals, labels),
  ];
}

function recurrenceTable(
  recurrences: readonly Recurrence[],
  withHires: boolean,
  none: string,
  labels: PaperLabels,
): Block[] {
  if (recurrences.length === 0) {
    return [{ type: 'paragraph', content: [italic(none)], note: true }];
  }
  const [rank, label, tables, score, votes] = labels.synthesisColumns;
  const columns: Column[] = [
    { header: rank!, width: 7 },
    { header: label!, width: withHires ? 24 : 36 },
    { header: tables!, width: 36 },
    { header: score!, width: 12, numeric: true },
    { header: votes!, width: 9, numeric: true },
    ...(withHires ? [{ header: labels.hires, width: 12, numeric: true }] : []),
  ];
  const rows = recurrences.map((r) => ({
    cells: [
      cell(text(String(r.rank))),
      cell(text(r.label)),
      cell(text(r.tables.map((t) => tableShare(t, labels)).join('; '))),
      cell(text(formatScore(r.score, labels))),
      cell(text(formatNumber(r.votes, labels))),
      ...(withHires ? [cell(text(r.hires === null ? '' : formatNumber(r.hires, labels)))] : []),
    ],
  }));
  return [{ type: 'table', columns, rows }];
}

/** "Talenti digitali (n. 1, 67%)": where a table raised it, and the share of votes it won. */
function tableShare(entry: RecurrenceEntry, labels: PaperLabels): string {
  const ranks = entry.cards.map((c) => c.rank).join(', ');
  return `${entry.table} (${labels.rankRef(ranks)}, ${formatShare(entry.share, labels)})`;
}
