import type { Paper } from './Paper.js';
import { checkEvent, checkTable, paperEventOf, type EventPaperInput } from './PaperInput.js';
import { PaperError } from './PaperError.js';
import { sortedDistinct } from './privacy.js';
import { crossTableSynthesis } from './synthesis.js';
import { tableChapter } from './tableChapter.js';

/**
 * The position-paper draft of a whole event: one chapter per table, in the order given, and a
 * cross-table synthesis of the needs and proposals that recur. Throws a PaperError on bad input.
 */
export function eventPaper(input: EventPaperInput): Paper {
  checkEvent(input.event);
  if (!Array.isArray(input.tables) || input.tables.length === 0) {
    throw new PaperError('invalid_input', 'An event paper needs at least one table.', 'tables');
  }
  const seen = new Set<string>();
  for (const table of input.tables) {
    checkTable(table);
    if (seen.has(table.board.tableId)) {
      throw new PaperError(
        'duplicate_table',
        `Table "${table.board.tableId}" is given twice; each table makes one chapter.`,
        'tables',
      );
    }
    seen.add(table.board.tableId);
  }
  const chapters = input.tables.map(tableChapter);
  const total = (key: 'participants' | 'contributions' | 'votes' | 'comments') =>
    chapters.reduce((n, c) => n + c.counts[key], 0);
  return {
    scope: 'event',
    title: input.event.title.trim(),
    event: paperEventOf(input.event),
    organisations: sortedDistinct(chapters.flatMap((c) => c.organisations)),
    counts: {
      tables: chapters.length,
      participants: total('participants'),
      contributions: total('contributions'),
      votes: total('votes'),
      comments: total('comments'),
    },
    tables: chapters,
    synthesis: crossTableSynthesis(chapters),
  };
}
