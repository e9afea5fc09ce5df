import { formatFigure, sectionTitle } from '../format.js';
import type { Paper, PaperItem, PaperSection, Synthesis, TableChapter } from '../Paper.js';
import type { PaperLabels } from '../labels.js';
import { cardsOf } from '../tableChapter.js';
import { bold, text, type Block } from './Block.js';
import { sumHires } from './layoutChapter.js';

/** How many of a section's top items the summary names. */
const TOP = { skillNeed: 3, dataTrend: 2, proposal: 3, note: 3 } as const;
/** How many recurring needs, and proposals, the summary names. */
const TOP_RECURRING = 3;

/**
 * The executive summary, drafted from the data: for an event, its size, the tables that did
 * not run and what recurs across tables; then, for each table, its top-voted needs with the
 * hires expected, its key data and its top proposals. It quotes contributions and counts votes,
 * as the chapters do, and names nobody: it reads only the model, where privacy was applied.
 */
export function summaryBlocks(paper: Paper, labels: PaperLabels): Block[] {
  const s = labels.summary;
  const blocks: Block[] = [{ type: 'heading', level: 1, text: s.title }];
  if (paper.scope === 'table') {
    const chapter = paper.tables[0];
    if (chapter) blocks.push(paragraph(tableSentences(chapter, labels)));
    return blocks;
  }
  const held = paper.tables.filter((t) => t.held);
  const notHeld = paper.tables.filter((t) => !t.held);
  const { participants, contributions, votes } = paper.counts;
  const opening = [s.event(held.length, participants, contributions, votes)];
  if (notHeld.length > 0) {
    opening.push(
      s.notHeld(
        notHeld.length,
        list(
          notHeld.map((t) => s.quote(t.title)),
          labels,
        ),
      ),
    );
  }
  blocks.push(paragraph(opening));
  if (paper.synthesis && held.length > 1) {
    blocks.push(paragraph(recurringSentences(paper.synthesis, labels), `${labels.synthesis}.`));
  }
  for (const chapter of held) {
    blocks.push(paragraph(tableSentences(chapter, labels), `${chapter.title}.`));
  }
  return blocks;
}

function paragraph(sentences: readonly string[], lead?: string): Block {
  const body = text(sentences.join(' '));
  return { type: 'paragraph', content: lead ? [bold(`${lead} `), body] : [body] };
}

function recurringSentences(synthesis: Synthesis, labels: PaperLabels): string[] {
  const s = labels.summary;
  const named = (recurrences: Synthesis['needs']) =>
    list(
      recurrences
        .slice(0, TOP_RECURRING)
        .map((r) => `${s.quote(r.label)} (${s.inTables(r.tables.length)})`),
      labels,
    );
  const sentences: string[] = [];
  if (synthesis.needs.length > 0) sentences.push(s.recurringNeeds(named(synthesis.needs)));
  if (synthesis.proposals.length > 0) {
    sentences.push(s.recurringProposals(named(synthesis.proposals)));
  }
  return sentences.length > 0 ? sentences : [s.nothingRecurs];
}

/** A table's sentences: one or two for each section that received contributions. */
function tableSentences(chapter: TableChapter, labels: PaperLabels): string[] {
  const s = labels.summary;
  const sentences: string[] = [];
  for (const section of chapter.sections) {
    if (section.items.length === 0) continue;
    const voted = section.votes > 0;
    const top = section.items.slice(0, TOP[section.kind]);
    const named = list(
      top.map((item) => ranked(item, voted, labels)),
      labels,
    );
    switch (section.kind) {
      case 'skillNeed': {
        sentences.push(s.needs(named, top.length, voted));
        const hires = sumHires(cardsOf(section));
        if (hires !== null) sentences.push(s.hires(hires));
        break;
      }
      case 'dataTrend':
        sentences.push(s.data(keyData(section, labels)));
        break;
      case 'proposal':
        sentences.push(s.proposals(named, top.length, voted));
        break;
      case 'note':
        sentences.push(s.notes(sectionTitle(section, labels), named));
        break;
    }
  }
  if (sentences.length === 0) return [s.empty];
  if (!chapter.votingClosed && chapter.counts.votes > 0) sentences.push(labels.provisional);
  return sentences;
}

/** "“Robotica e visione” (5 voti)": a group by its heading, a card by its text. */
function ranked(item: PaperItem, voted: boolean, labels: PaperLabels): string {
  const name = labels.summary.quote(item.type === 'group' ? item.heading : item.card.text);
  return voted ? `${name} (${labels.votes(item.votes)})` : name;
}

/** The most voted data cards with their figures: "“Iscritti agli ITS”: 1.450 studenti". */
function keyData(section: PaperSection, labels: PaperLabels): string {
  const cards = cardsOf(section).slice(0, TOP.dataTrend);
  return list(
    cards.map((card) => {
      const figure = formatFigure(card.fields, labels);
      const name = labels.summary.quote(card.text);
      return figure ? `${name}: ${figure}` : name;
    }),
    labels,
  );
}

function list(items: readonly string[], labels: PaperLabels): string {
  return labels.formats.list.format(items);
}
