import { contributionRows } from '../contributionRows.js';
import { formatDate } from '../format.js';
import type { Paper } from '../Paper.js';
import type { PaperLabels } from '../labels.js';
import { text, type Block } from './Block.js';
import { annexBlocks, rowsBySection } from './layoutAnnex.js';
import { chapterBody } from './layoutChapter.js';
import { eventFacts, eventTotals, factsBlock, tableFacts, tableNotes } from './layoutContext.js';
import { methodBlocks } from './layoutMethod.js';
import { summaryBlocks } from './layoutSummary.js';
import { synthesisBlocks } from './layoutSynthesis.js';

/** The annex's tables have six columns: on portrait pages their words would break. */
const ANNEX_PAGES: Block = { type: 'pages', orientation: 'landscape' };

/**
 * A paper as blocks in reading order: title page, contents, executive summary, context, method,
 * (for an event: the cross-table synthesis, then one chapter per table), conclusions, and the
 * annex.
 */
export function layoutPaper(paper: Paper, labels: PaperLabels): Block[] {
  const { event } = paper;
  const when = [event.place.trim(), formatDate(event.date, labels)].filter((p) => p).join(', ');
  const lines =
    paper.scope === 'table'
      ? [event.title.trim(), paper.tables[0]?.cluster ?? '', when]
      : [when, labels.tablesCount(paper.tables.length)];
  const blocks: Block[] = [
    {
      type: 'title',
      kicker: labels.documentKind,
      title: paper.title,
      lines: lines.filter((line) => line !== ''),
      notice: labels.draftNotice,
    },
    { type: 'toc', title: labels.toc },
    ...summaryBlocks(paper, labels),
    { type: 'heading', level: 1, text: labels.context },
  ];
  const annexIntro: Block = { type: 'paragraph', content: [text(labels.annexIntro)] };
  const rows = rowsBySection(contributionRows(paper));
  const chapter = paper.tables[0];
  if (paper.scope === 'table' && chapter) {
    blocks.push(factsBlock([...eventFacts(paper, labels), ...tableFacts(chapter, labels, true)]));
    blocks.push(...tableNotes(chapter, labels), ...methodBlocks(paper, labels));
    blocks.push(...chapterBody(chapter, 1, labels));
    blocks.push(ANNEX_PAGES, { type: 'heading', level: 1, text: labels.annex }, annexIntro);
    blocks.push(...annexBlocks(chapter, rows, 2, labels));
    return blocks;
  }
  blocks.push(factsBlock([...eventFacts(paper, labels), ...eventTotals(paper, labels)]));
  blocks.push(...methodBlocks(paper, labels));
  if (paper.synthesis) blocks.push(...synthesisBlocks(paper.synthesis, labels));
  paper.tables.forEach((table, i) => {
    // A table that never ran keeps its number and its place, in one line: the paper accounts
    // for every table of the day's programme without a chapter of empty sections.
    if (!table.held) {
      const line = `${labels.chapter(i + 1, table.title)} — ${labels.notHeld}`;
      blocks.push({ type: 'heading', level: 1, text: line });
      return;
    }
    blocks.push({ type: 'heading', level: 1, text: labels.chapter(i + 1, table.title) });
    blocks.push({ type: 'heading', level: 2, text: labels.tableContext });
    blocks.push(factsBlock(tableFacts(table, labels, false)), ...tableNotes(table, labels));
    blocks.push(...chapterBody(table, 2, labels));
  });
  blocks.push(ANNEX_PAGES, { type: 'heading', level: 1, text: labels.annex }, annexIntro);
  paper.tables.forEach((table, i) => {
    if (!table.held) return;
    blocks.push({ type: 'heading', level: 2, text: labels.chapter(i + 1, table.title) });
    blocks.push(...annexBlocks(table, rows, 3, labels));
  });
  return blocks;
}
