import type { Paper, PaperCounts, TableChapter } from '../Paper.js';
import { formatDate } from '../format.js';
import type { PaperLabels } from '../labels.js';
import { italic, text, type Block } from './Block.js';

type Fact = { readonly label: string; readonly value: string };

/** The event's facts: what, when, where, who promoted and organised it. */
export function eventFacts(paper: Paper, labels: PaperLabels): Fact[] {
  const { event } = paper;
  const facts: Fact[] = [
    { label: labels.field.event, value: event.title },
    { label: labels.field.date, value: formatDate(event.date, labels) },
  ];
  // Place and organiser are optional in the catalogue: a fact with no value is left out.
  if (event.place.trim() !== '') facts.push({ label: labels.field.place, value: event.place });
  // The model already left the organiser out of the promoters.
  if (event.promoters.length > 0) {
    facts.push({ label: labels.field.promoters, value: event.promoters.join(', ') });
  }
  if (event.organiser.trim() !== '') {
    facts.push({ label: labels.field.organiser, value: event.organiser });
  }
  return facts;
}

/** The table's facts: title, cluster, area, participation, organisations, named people. */
export function tableFacts(chapter: TableChapter, labels: PaperLabels, withTitle: boolean): Fact[] {
  const facts: Fact[] = withTitle ? [{ label: labels.field.table, value: chapter.title }] : [];
  if (chapter.cluster) facts.push({ label: labels.field.cluster, value: chapter.cluster });
  if (chapter.area) facts.push({ label: labels.field.area, value: chapter.area });
  facts.push({ label: labels.field.participation, value: participation(chapter.counts, labels) });
  facts.push(...peopleFacts(chapter.organisations, chapter, labels));
  return facts;
}

/** The whole event's participation and organisations. */
export function eventTotals(paper: Paper, labels: PaperLabels): Fact[] {
  const tables = paper.tables.map((t) => {
    const notes = [t.cluster, t.held ? '' : labels.notHeld].filter((n) => n !== '');
    return notes.length > 0 ? `${t.title} (${notes.join('; ')})` : t.title;
  });
  return [
    { label: labels.field.tables, value: tables.join('; ') },
    { label: labels.field.participation, value: participation(paper.counts, labels) },
    ...(paper.organisations.length > 0
      ? [{ label: labels.field.organisations, value: paper.organisations.join(', ') }]
      : []),
  ];
}

/** Notes on how to read a table's chapter: anonymity, hidden organisations, open voting. */
export function tableNotes(chapter: TableChapter, labels: PaperLabels): Block[] {
  const notes: string[] = [];
  if (chapter.anonymous) notes.push(labels.anonymousTable);
  if (!chapter.organisationsShown) notes.push(labels.organisationsHidden);
  if (!chapter.votingClosed) notes.push(labels.provisional);
  return notes.map((note) => ({ type: 'paragraph', content: [italic(note)], note: true }));
}

/** Facts as a block. */
export function factsBlock(facts: readonly Fact[]): Block {
  return { type: 'facts', facts: facts.map((f) => ({ label: f.label, value: [text(f.value)] })) };
}

function peopleFacts(organisations: readonly string[], chapter: TableChapter, labels: PaperLabels) {
  const facts: Fact[] = [];
  if (organisations.length > 0) {
    facts.push({ label: labels.field.organisations, value: organisations.join(', ') });
  }
  if (chapter.named.length > 0) {
    const named = chapter.named.map((p) =>
      p.organisation ? `${p.name} (${p.organisation})` : p.name,
    );
    facts.push({ label: labels.field.named, value: named.join(', ') });
  }
  return facts;
}

function participation(counts: PaperCounts, labels: PaperLabels): string {
  return [
    labels.participants(counts.participants),
    labels.contributions(counts.contributions),
    labels.votes(counts.votes),
    // Most tables comment little or not at all: no "0 commenti" in the facts.
    ...(counts.comments > 0 ? [labels.comments(counts.comments)] : []),
  ].join(', ');
}
