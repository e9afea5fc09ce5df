import type { Database, Statement } from 'better-sqlite3';
import { migrateCatalog } from './schema.js';

export type EventLanguage = 'it' | 'en';
export const EVENT_LANGUAGES: readonly EventLanguage[] = ['it', 'en'];

/** A day of focus groups (e.g. "Skills Intelligence Emilia-Romagna"). */
export interface EventRecord {
  readonly id: string;
  readonly title: string;
  /** YYYY-MM-DD */
  readonly date: string;
  /** HH:MM, local time of the venue: when the tables' agendas start. */
  readonly startTime: string;
  readonly place: string;
  readonly organiser: string;
  /** Language of the event's papers. */
  readonly language: EventLanguage;
  /** When it was archived (everything read-only), or null. */
  readonly archivedAt: number | null;
  readonly createdAt: number;
}

interface EventRow {
  id: string;
  title: string;
  date: string;
  start_time: string;
  place: string;
  organiser: string;
  language: string;
  archived_at: number | null;
  created_at: number;
}

export type EventPatch = Partial<
  Pick<EventRecord, 'title' | 'date' | 'startTime' | 'place' | 'organiser' | 'language'>
>;

/** Events, newest first. */
export class EventRegistry {
  private readonly byId: Statement<[string], EventRow>;
  private readonly all: Statement<[], EventRow>;
  private readonly insert: Statement<EventRow>;
  private readonly update: Statement<EventRow>;
  private readonly remove: Statement<[string]>;

  constructor(db: Database) {
    migrateCatalog(db);
    this.byId = db.prepare('SELECT * FROM events WHERE id = ?');
    this.all = db.prepare('SELECT * FROM events ORDER BY date DESC, created_at DESC');
    this.insert = db.prepare(
      `INSERT INTO events (id, title, date, start_time, place, organiser, language, archived_at,
         created_at)
       VALUES (@id, @title, @date, @start_time, @place, @organiser, @language, @archived_at,
         @created_at)`,
    );
    this.update = db.prepare(
      `UPDATE events SET title = @title, date = @date, start_time = @start_time, place = @place,
         organiser = @organiser, language = @language, archived_at = @archived_at WHERE id = @id`,
    );
    this.remove = db.prepare('DELETE FROM events WHERE id = ?');
  }

  find(id: string): EventRecord | undefined {
    const row = this.byId.get(id);
    return row && toRecord(row);
  }

  list(): EventRecord[] {
    return this.all.all().map(toRecord);
  }

  create(event: EventRecord): EventRecord {
    this.insert.run(toRow(event));
    return event;
  }

  patch(id: string, patch: EventPatch & { archivedAt?: number | null }): EventRecord | undefined {
    const current = this.find(id);
    if (!current) return undefined;
    const next = { ...current, ...patch };
    this.update.run(toRow(next));
    return next;
  }

  delete(id: string): void {
    this.remove.run(id);
  }
}

function toRow(e: EventRecord): EventRow {
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    start_time: e.startTime,
    place: e.place,
    organiser: e.organiser,
    language: e.language,
    archived_at: e.archivedAt,
    created_at: e.createdAt,
  };
}

function toRecord(row: EventRow): EventRecord {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    startTime: row.start_time,
    place: row.place,
    organiser: row.organiser,
    language: row.language === 'en' ? 'en' : 'it',
    archivedAt: row.archived_at,
    createdAt: row.created_at,
  };
}
