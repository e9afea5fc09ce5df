import type { Paper } from './Paper.js';
import { checkEvent, checkTable, paperEventOf, type TablePaperInput } from './PaperInput.js';
import { tableChapter } from './tableChapter.js';

/** The position-paper draft of one table. Throws a PaperError on bad input. */
export function tablePaper(input: TablePaperInput): Paper {
  checkEvent(input.event);
  checkTable(input.table);
  const chapter = tableChapter(input.table);
  return {
    scope: 'table',
    title: chapter.title,
    event: paperEventOf(input.event),
    organisations: chapter.organisations,
    counts: { ...chapter.counts, tables: 1 },
    tables: [chapter],
    synthesis: null,
  };
}
