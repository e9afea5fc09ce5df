import { sectionTitle } from '../format.js';
import type { PaperItem, TableChapter } from '../Paper.js';
import type { PaperLabels } from '../labels.js';
import type { BarChart } from './Block.js';

/** How many of the top-voted items a chart shows: more make bars too thin to read. */
export const CHART_BARS = 8;
/** Characters of a bar's label; the alt text keeps the whole text. */
const LABEL_LENGTH = 60;

/**
 * The chart of a table's top-voted items: the first section, in the board's order, that
 * received votes (the skill needs on the default board), its groups and ungrouped cards in
 * ranking order. Null when no section received votes. One chart per table keeps the export
 * quick; the needs are what the Region reads first.
 */
export function votesChart(
  chapter: TableChapter,
  labels: PaperLabels,
): { readonly sectionId: string; readonly chart: BarChart } | null {
  const section = chapter.sections.find((s) => s.votes > 0);
  if (!section) return null;
  const items = section.items.slice(0, CHART_BARS);
  const title = sectionTitle(section, labels);
  const c = labels.chart;
  return {
    sectionId: section.id,
    chart: {
      type: 'barChart',
      title: items.length < section.items.length ? c.titleTop(title, items.length) : c.title(title),
      description: c.description(
        title,
        items.map((item) => `${itemText(item)}: ${labels.votes(item.votes)}`).join('; '),
        section.items.length - items.length,
      ),
      labelHeader: section.kind === 'note' ? c.item : labels.kinds[section.kind],
      valueHeader: labels.columns.votes,
      bars: items.map((item) => ({ label: shortened(itemText(item)), value: item.votes })),
    },
  };
}

function itemText(item: PaperItem): string {
  return item.type === 'group' ? item.heading : item.card.text;
}

/** A long text cut at the last space before the limit, never inside a word. */
export function shortened(text: string, limit = LABEL_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.lastIndexOf(' ', limit - 1);
  return `${clean.slice(0, cut > 0 ? cut : limit - 1).replace(/[\s,;:.–—-]+$/, '')}…`;
}
