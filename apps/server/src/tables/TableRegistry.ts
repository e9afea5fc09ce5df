import type { Database, Statement } from 'better-sqlite3';
import { migrateCatalog } from '../catalog/schema.js';

/** A person assigned to moderate a table. */
export interface Moderator {
  readonly name: string;
  readonly organisation: string;
}

/** A table (focus group) as the server knows it, outside its live document. */
export interface TableRecord {
  readonly id: string;
  /** The event it belongs to; null only for tables of data folders older than events. */
  readonly eventId: string | null;
  readonly title: string;
  readonly templateId: string;
  /** The Clust-ER (or other network) leading it. */
  readonly cluster: string;
  /** Smart-specialisation area. */
  readonly area: string;
  readonly moderators: readonly Moderator[];
  /** Anyone with the table's address may join as a participant (the demo); else an invitation. */
  readonly openJoin: boolean;
  /** Order within its event. */
  readonly position: number;
  readonly createdAt: number;
}

interface TableRow {
  id: string;
  event_id: string | null;
  title: string;
  template_id: string;
  cluster: string;
  area: string;
  moderators: string;
  open_join: number;
  position: number;
  created_at: number;
}

/** Valid table ids: they appear in URLs and document names. */
export const TABLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** What may change on an existing table. */
export type TablePatch = Partial<Pick<TableRecord, 'title' | 'cluster' | 'area' | 'moderators'>>;

/** The tables that exist; a socket may only open the document of a known table. */
export class TableRegistry {
  private readonly byId: Statement<[string], TableRow>;
  private readonly all: Statement<[], TableRow>;
  private readonly ofEvent: Statement<[string], TableRow>;
  private readonly insert: Statement<TableRow>;
  private readonly update: Statement<TableRow>;
  private readonly remove: Statement<[string]>;

  constructor(db: Database) {
    migrateCatalog(db);
    this.byId = db.prepare('SELECT * FROM tables WHERE id = ?');
    this.all = db.prepare('SELECT * FROM tables ORDER BY created_at, position, id');
    this.ofEvent = db.prepare('SELECT * FROM tables WHERE event_id = ? ORDER BY position, id');
    this.insert = db.prepare(
      `INSERT INTO tables (id, event_id, title, template_id, cluster, area, moderators, open_join,
         position, created_at)
       VALUES (@id, @event_id, @title, @template_id, @cluster, @area, @moderators, @open_join,
         @position, @created_at)`,
    );
    this.update = db.prepare(
      `UPDATE tables SET title = @title, cluster = @cluster, area = @area,
         moderators = @moderators WHERE id = @id`,
    );
    this.remove = db.prepare('DELETE FROM tables WHERE id = ?');
  }

  find(id: string): TableRecord | undefined {
    const row = this.byId.get(id);
    return row && toRecord(row);
  }

  list(): TableRecord[] {
    return this.all.all().map(toRecord);
  }

  listByEvent(eventId: string): TableRecord[] {
    return this.ofEvent.all(eventId).map(toRecord);
  }

  create(
    table: Omit<
      TableRecord,
      'cluster' | 'area' | 'moderators' | 'openJoin' | 'position' | 'eventId'
    > &
      Partial<TableRecord>,
  ): TableRecord {
    const record: TableRecord = {
      eventId: null,
      cluster: '',
      area: '',
      moderators: [],
      openJoin: false,
      position: 0,
      ...table,
    };
    this.insert.run(toRow(record));
    return record;
  }

  patch(id: string, patch: TablePatch): TableRecord | undefined {
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

function toRow(t: TableRecord): TableRow {
  return {
    id: t.id,
    event_id: t.eventId,
    title: t.title,
    template_id: t.templateId,
    cluster: t.cluster,
    area: t.area,
    moderators: JSON.stringify(t.moderators),
    open_join: t.openJoin ? 1 : 0,
    position: t.position,
    created_at: t.createdAt,
  };
}

function toRecord(row: TableRow): TableRecord {
  return {
    id: row.id,
    eventId: row.event_id,
    title: row.title,
    templateId: row.template_id,
    cluster: row.cluster,
    area: row.area,
    moderators: JSON.parse(row.moderators) as Moderator[],
    openJoin: row.open_join === 1,
    position: row.position,
    createdAt: row.created_at,
  };
}
