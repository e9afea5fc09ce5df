import { formatDate } from '../format.js';
import type { Paper } from '../Paper.js';
import type { PaperLabels } from '../labels.js';
import { bold, text, type Block } from './Block.js';

/**
 * How the paper's data came about, drafted from the data: when and where, how many tables,
 * people, organisations, contributions and votes, the phases every table went through with its
 * vote budget, how the paper ranks, and who it names. Counts only: it names nobody.
 */
export function methodBlocks(paper: Paper, labels: PaperLabels): Block[] {
  const m = labels.method;
  const held = paper.tables.filter((t) => t.held);
  const event = paper.scope === 'event';
  const budgets = (held.length > 0 ? held : paper.tables).map((t) => t.voteBudget);
  const dots = m.dots(Math.min(...budgets), Math.max(...budgets));
  const { participants, contributions, votes } = paper.counts;
  const opening = [
    m.when(formatDate(paper.event.date, labels), paper.event.place),
    event ? m.tables(paper.tables.length, held.length) : m.table(paper.tables[0]?.cluster ?? ''),
    // A table that has not started has nobody and nothing to count yet.
    ...(participants > 0 ? [m.people(participants, paper.organisations.length)] : []),
    ...(contributions > 0 ? [m.output(contributions, votes)] : []),
  ];
  const anonymous = held.filter((t) => t.anonymous).length;
  // A table paper says it is anonymous in its own notes; an event paper counts such tables here.
  const closing = [m.ranking, ...(event && anonymous > 0 ? [m.anonymous(anonymous)] : [])];
  return [
    { type: 'heading', level: 1, text: m.title },
    { type: 'paragraph', content: [text(opening.join(' '))] },
    { type: 'paragraph', content: [text(m.phasesIntro(event))] },
    {
      type: 'list',
      items: m.phases(dots).map(([phase, what]) => ({
        content: [bold(`${phase}: `), text(what)],
        details: [],
        children: [],
      })),
    },
    { type: 'paragraph', content: [text(closing.join(' '))] },
  ];
}
