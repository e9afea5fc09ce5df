import type { BoardSnapshot, Directory } from '@tavolo/board';
import { PaperError } from './PaperError.js';

/** The event a paper reports on: what, when, where, and who promoted it. */
export interface PaperEvent {
  readonly title: string;
  /** Calendar date of the event, `YYYY-MM-DD`. */
  readonly date: string;
  /** Where it takes place; blank when the secretariat has not said (the API allows it). */
  readonly place: string;
  /** The secretariat that runs the event, e.g. ART-ER; may be blank, as the place. */
  readonly organiser: string;
  readonly promoters: readonly string[];
}

/** One table of an event: its title, cluster, smart-specialisation area, board and people. */
export interface PaperTableInput {
  /** The table's title in the paper; the board's own title when blank. */
  readonly title: string;
  /** The cluster that moderates it, e.g. Clust-ER MECH. */
  readonly cluster: string;
  /** The smart-specialisation (S3) area it belongs to. */
  readonly area: string;
  readonly board: BoardSnapshot;
  /**
   * The people the catalogue records at the table, as an export may see them (the server's
   * directory for exports: names only of people who consented). The board names authors by
   * id only; the paper credits them from here, applying its own rules again (privacy.ts).
   */
  readonly people: Directory;
}

/** What `tablePaper` needs: the event and one table. */
export interface TablePaperInput {
  readonly event: PaperEvent;
  readonly table: PaperTableInput;
}

/** What `eventPaper` needs: the event and every table of it, in chapter order. */
export interface EventPaperInput {
  readonly event: PaperEvent;
  readonly tables: readonly PaperTableInput[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits an ISO calendar date into numbers; throws invalid_input for anything else. */
export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  const [year, month, day] = (match ? match.slice(1) : []).map(Number);
  if (year === undefined || month === undefined || day === undefined) {
    throw new PaperError(
      'invalid_input',
      `The event date must read YYYY-MM-DD, not "${date}".`,
      'date',
    );
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new PaperError('invalid_input', `"${date}" is not a calendar date.`, 'date');
  }
  return { year, month, day };
}

/** Checks an event's metadata; throws invalid_input naming the field at fault. */
export function checkEvent(event: PaperEvent): void {
  if (typeof event.title !== 'string' || event.title.trim() === '') {
    throw new PaperError('invalid_input', 'The event needs a title.', 'title');
  }
  // Place and organiser are optional when an event is created: a draft is still worth having.
  for (const field of ['place', 'organiser'] as const) {
    if (typeof event[field] !== 'string') {
      throw new PaperError('invalid_input', `The event's ${field} must be text.`, field);
    }
  }
  if (!Array.isArray(event.promoters) || event.promoters.some((p) => typeof p !== 'string')) {
    throw new PaperError('invalid_input', 'The promoters are a list of names.', 'promoters');
  }
  parseIsoDate(event.date);
}

/**
 * The event as the paper shows it: every text trimmed, and the promoters distinct and without
 * the organiser, who has a line of their own; so nobody is listed twice, and the promoters'
 * line appears only when someone besides the organiser promoted the event.
 */
export function paperEventOf(event: PaperEvent): PaperEvent {
  const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('it');
  const organiser = event.organiser.trim();
  const seen = new Set([key(organiser)]);
  const promoters: string[] = [];
  for (const promoter of event.promoters) {
    const clean = promoter.replace(/\s+/g, ' ').trim();
    if (clean === '' || seen.has(key(clean))) continue;
    seen.add(key(clean));
    promoters.push(clean);
  }
  return {
    title: event.title.trim(),
    date: event.date,
    place: event.place.trim(),
    organiser,
    promoters,
  };
}

/** Checks one table's input; throws invalid_input naming the field at fault. */
export function checkTable(table: PaperTableInput): void {
  if (!table.board || !Array.isArray(table.board.sections)) {
    throw new PaperError('invalid_input', 'Each table needs its board snapshot.', 'board');
  }
  if (typeof table.people !== 'object' || table.people === null) {
    throw new PaperError('invalid_input', 'Each table needs its people (maybe none).', 'people');
  }
  if (table.title.trim() === '' && table.board.title.trim() === '') {
    throw new PaperError('invalid_input', 'Each table needs a title.', 'title');
  }
}
