import type { CatalogDb, Statement } from './CatalogDb.js';

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
  constructor(private readonly db: CatalogDb) {}

  async find(id: string): Promise<EventRecord | undefined> {
    const row = await this.db.get<EventRow>('SELECT * FROM events WHERE id = ?', [id]);
    return row && toRecord(row);
  }

  async list(): Promise<EventRecord[]> {
    const rows = await this.db.all<EventRow>(
      'SELECT * FROM events ORDER BY date DESC, created_at DESC',
    );
    return rows.map(toRecord);
  }

  async create(event: EventRecord): Promise<EventRecord> {
    await this.db.run(...EventRegistry.insertion(event));
    return event;
  }

  async patch(
    id: string,
    patch: EventPatch & { archivedAt?: number | null },
  ): Promise<EventRecord | undefined> {
    const current = await this.find(id);
    if (!current) return undefined;
    const next = { ...current, ...patch };
    const r = toRow(next);
    await this.db.run(
      `UPDATE events SET title = ?, date = ?, start_time = ?, place = ?, organiser = ?,
         language = ?, archived_at = ? WHERE id = ?`,
      [r.title, r.date, r.start_time, r.place, r.organiser, r.language, r.archived_at, id],
    );
    return next;
  }

  static deletion(id: string): Statement {
    return ['DELETE FROM events WHERE id = ?', [id]];
  }

  /** The statement that stores a new event, for a batch. */
  static insertion(event: EventRecord): Statement {
    const r = toRow(event);
    return [
      `INSERT INTO events (id, title, date, start_time, place, organiser, language, archived_at,
         created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        r.id,
        r.title,
        r.date,
        r.start_time,
        r.place,
        r.organiser,
        r.language,
        r.archived_at,
        r.created_at,
      ],
    ];
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
    archivedAt: row.archived_at === null ? null : Number(row.archived_at),
    createdAt: Number(row.created_at),
  };
}
