export { tablePaper } from './tablePaper.js';
export { eventPaper } from './eventPaper.js';
export { contributionRows, type ContributionRow } from './contributionRows.js';
export { toMarkdown, escapeMarkdown } from './toMarkdown.js';
export { toDocx } from './toDocx.js';
export { toCsv } from './toCsv.js';
export { toXlsx } from './toXlsx.js';
export { labelsFor, type PaperLabels } from './labels.js';
export { PaperError, type PaperErrorCode } from './PaperError.js';
export { RECURRENCE_THRESHOLD } from './synthesis.js';
export type {
  PaperEvent,
  PaperTableInput,
  TablePaperInput,
  EventPaperInput,
} from './PaperInput.js';
export type {
  Paper,
  PaperLanguage,
  PaperCard,
  PaperDuplicate,
  PaperItem,
  PaperSection,
  PaperCounts,
  PaperPerson,
  Attribution,
  NeedRef,
  TableChapter,
  Synthesis,
  Recurrence,
  RecurrenceEntry,
} from './Paper.js';
