import type { ContributionRow } from './contributionRows.js';
import { sectionTitle } from './format.js';
import type { PaperLabels } from './labels.js';

/** A spreadsheet cell: text, a number, or nothing. */
export type SheetValue = string | number | null;

/** A column of the contributions sheet: its header and how to read it from a row. */
interface SheetColumn {
  readonly header: (labels: PaperLabels) => string;
  readonly value: (row: ContributionRow, labels: PaperLabels) => SheetValue;
  /** Width in characters, for XLSX. */
  readonly width: number;
}

const text = (value: string | null | undefined): SheetValue => (value ? value : null);

/**
 * The columns CSV and XLSX share, in order: where a contribution sits, its text, every typed
 * field of every kind (empty where a kind has no such field), and its group, votes and credit.
 */
export const CONTRIBUTION_COLUMNS: readonly SheetColumn[] = [
  { header: (l) => l.columns.table, value: (r) => r.table, width: 28 },
  {
    header: (l) => l.columns.section,
    value: (r, l) => sectionTitle({ id: r.sectionId, kind: r.kind, title: r.sectionTitle }, l),
    width: 22,
  },
  { header: (l) => l.columns.kind, value: (r, l) => l.kinds[r.kind], width: 20 },
  { header: (l) => l.columns.rank, value: (r) => r.rank, width: 7 },
  { header: (l) => l.columns.text, value: (r) => r.text, width: 50 },
  { header: (l) => l.skills, value: (r) => text(r.fields.skills.join('; ')), width: 28 },
  {
    header: (l) => l.skillType,
    value: (r, l) => text(r.fields.skillType && l.skillTypes[r.fields.skillType]),
    width: 14,
  },
  {
    header: (l) => l.level,
    value: (r, l) => text(r.fields.level && l.levels[r.fields.level]),
    width: 12,
  },
  {
    header: (l) => l.horizon,
    value: (r, l) => text(r.fields.horizon && l.horizons[r.fields.horizon]),
    width: 12,
  },
  { header: (l) => l.hires, value: (r) => r.fields.hires, width: 12 },
  {
    header: (l) => l.difficulty,
    value: (r, l) => text(r.fields.difficulty && l.difficulties[r.fields.difficulty]),
    width: 14,
  },
  { header: (l) => l.evidence, value: (r) => text(r.fields.evidence), width: 36 },
  { header: (l) => l.value, value: (r) => r.fields.value, width: 10 },
  { header: (l) => l.unit, value: (r) => text(r.fields.unit), width: 10 },
  {
    header: (l) => l.direction,
    value: (r, l) => text(r.fields.direction && l.directions[r.fields.direction]),
    width: 12,
  },
  { header: (l) => l.source, value: (r) => text(r.fields.source), width: 36 },
  {
    header: (l) => l.actors,
    value: (r, l) => text(r.fields.actors.map((a) => l.actorNames[a]).join('; ')),
    width: 28,
  },
  {
    header: (l) => l.instrument,
    value: (r, l) => text(r.fields.instrument && l.instruments[r.fields.instrument]),
    width: 14,
  },
  {
    header: (l) => l.timeframe,
    value: (r, l) => text(r.fields.timeframe && l.horizons[r.fields.timeframe]),
    width: 12,
  },
  { header: (l) => l.answers, value: (r) => text(r.answers.join('; ')), width: 14 },
  { header: (l) => l.columns.group, value: (r) => text(r.group), width: 24 },
  { header: (l) => l.columns.mergedInto, value: (r) => text(r.mergedInto), width: 10 },
  { header: (l) => l.columns.votes, value: (r) => r.votes, width: 8 },
  { header: (l) => l.columns.comments, value: (r) => r.comments, width: 10 },
  { header: (l) => l.columns.author, value: (r) => text(r.author), width: 22 },
  { header: (l) => l.columns.organisation, value: (r) => text(r.organisation), width: 30 },
  { header: (l) => l.columns.id, value: (r) => r.id, width: 14 },
];

/** The sheet's header row in a language. */
export function contributionHeaders(labels: PaperLabels): string[] {
  return CONTRIBUTION_COLUMNS.map((c) => c.header(labels));
}

/** One row's cells, in column order, with enumerations in the language. */
export function contributionValues(row: ContributionRow, labels: PaperLabels): SheetValue[] {
  return CONTRIBUTION_COLUMNS.map((c) => c.value(row, labels));
}
