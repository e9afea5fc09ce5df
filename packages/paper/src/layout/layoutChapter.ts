import type { PaperCard, PaperItem, PaperSection, TableChapter } from '../Paper.js';
import { cardsOf } from '../tableChapter.js';
import { fieldEntries, formatFigure, formatNumber, sectionTitle } from '../format.js';
import type { PaperLabels } from '../labels.js';
import {
  bold,
  cell,
  italic,
  text,
  type Block,
  type Inline,
  type ListItem,
  type Row,
} from './Block.js';
import { votesChart } from './layoutChart.js';

/**
 * A chapter's sections and conclusions, with section headings at `level`; the chart of the
 * top-voted items opens the section it shows.
 */
export function chapterBody(chapter: TableChapter, level: 1 | 2, labels: PaperLabels): Block[] {
  const blocks: Block[] = [];
  const chart = votesChart(chapter, labels);
  for (const section of chapter.sections) {
    blocks.push({ type: 'heading', level, text: sectionTitle(section, labels) });
    if (chart?.sectionId === section.id) blocks.push(chart.chart);
    blocks.push(...sectionBody(section, labels));
  }
  blocks.push({ type: 'heading', level, text: labels.conclusions });
  if (chapter.conclusions.length === 0) {
    blocks.push({ type: 'paragraph', content: [italic(labels.noConclusions)], note: true });
  }
  for (const paragraph of chapter.conclusions) {
    blocks.push({ type: 'paragraph', content: [text(paragraph)] });
  }
  return blocks;
}

function sectionBody(section: PaperSection, labels: PaperLabels): Block[] {
  if (section.items.length === 0) {
    return [{ type: 'paragraph', content: [italic(labels.noContributions)], note: true }];
  }
  if (section.kind === 'skillNeed') return needsTable(section, labels);
  return [{ type: 'list', items: section.items.map((item) => listItem(item, labels)) }];
}

/** Skill needs as a table: groups as rows of their own, their cards below them. */
function needsTable(section: PaperSection, labels: PaperLabels): Block[] {
  const [rank, profile, level, horizon, hires, votes] = labels.needColumns;
  const columns = [
    { header: rank!, width: 7 },
    { header: profile!, width: 40 },
    { header: level!, width: 13 },
    { header: horizon!, width: 14 },
    { header: hires!, width: 16, numeric: true },
    { header: votes!, width: 10, numeric: true },
  ];
  const num = (n: number | null, strong = false) =>
    cell((strong ? bold : text)(n === null ? '' : formatNumber(n, labels)));
  const rows: Row[] = [];
  for (const item of section.items) {
    if (item.type === 'group') {
      rows.push({
        kind: 'group',
        cells: [
          cell(bold(item.rank)),
          { content: [bold(item.heading), italic(` (${labels.group})`)], span: 3 },
          num(sumHires(item.cards), true),
          num(item.votes, true),
        ],
      });
    }
    for (const card of item.type === 'group' ? item.cards : [item.card]) {
      const f = card.fields;
      rows.push({
        cells: [
          cell(text(card.rank)),
          cell(...profileCell(card, labels)),
          cell(text(f.level ? labels.levels[f.level] : '')),
          cell(text(f.horizon ? labels.horizons[f.horizon] : '')),
          num(f.hires),
          num(card.votes),
        ],
      });
    }
  }
  const blocks: Block[] = [{ type: 'table', columns, rows }];
  const total = sumHires(cardsOf(section));
  if (total !== null) {
    blocks.push({ type: 'paragraph', content: [bold(labels.hiresTotal(total))] });
  }
  return blocks;
}

function profileCell(card: PaperCard, labels: PaperLabels): Inline[] {
  const f = card.fields;
  const notes = [
    f.skills.join(', '),
    f.skillType ? labels.skillTypes[f.skillType] : '',
    f.difficulty ? `${labels.difficulty}: ${labels.difficulties[f.difficulty]}` : '',
  ].filter((x) => x !== '');
  return notes.length > 0 ? [text(card.text), italic(` — ${notes.join('; ')}`)] : [text(card.text)];
}

/** Expected hires summed over cards; null when nobody gave a figure. */
export function sumHires(cards: readonly PaperCard[]): number | null {
  const known = cards.map((c) => c.fields.hires).filter((h) => h !== null);
  return known.length > 0 ? known.reduce((n, h) => n + h, 0) : null;
}

function listItem(item: PaperItem, labels: PaperLabels): ListItem {
  if (item.type === 'card') return cardItem(item.card, labels);
  return {
    content: [bold(item.heading), italic(` (${labels.group}) — ${labels.votes(item.votes)}`)],
    details: [],
    children: item.cards.map((card) => cardItem(card, labels)),
  };
}

function cardItem(card: PaperCard, labels: PaperLabels): ListItem {
  const content: Inline[] = [text(card.text)];
  const details: Inline[][] = [];
  if (card.kind === 'dataTrend') {
    const figure = formatFigure(card.fields, labels);
    if (figure) content.push(text(`: ${figure}`));
    if (card.fields.source) content.push({ footnote: card.fields.source });
  }
  content.push(italic(` — ${labels.votes(card.votes)}`));
  if (card.kind === 'proposal') {
    const entries = fieldEntries('proposal', card.fields, labels).filter(
      ([label]) => label !== labels.answers,
    );
    if (entries.length > 0) details.push([text(entries.map(([l, v]) => `${l}: ${v}`).join('; '))]);
    if (card.answers.length > 0) {
      const needs = card.answers.map((n) => `${n.rank} ${n.text}`).join('; ');
      details.push([bold(`${labels.answers}: `), text(needs)]);
    }
  }
  return { content, details, children: [] };
}
