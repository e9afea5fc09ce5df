import type { CatalogDb, Statement } from '../catalog/CatalogDb.js';

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
  constructor(private readonly db: CatalogDb) {}

  async find(id: string): Promise<TableRecord | undefined> {
    const row = await this.db.get<TableRow>('SELECT * FROM tables WHERE id = ?', [id]);
    return row && toRecord(row);
  }

  async list(): Promise<TableRecord[]> {
    const rows = await this.db.all<TableRow>(
      'SELECT * FROM tables ORDER BY created_at, position, id',
    );
    return rows.map(toRecord);
  }

  async listByEvent(eventId: string): Promise<TableRecord[]> {
    const rows = await this.db.all<TableRow>(
      'SELECT * FROM tables WHERE event_id = ? ORDER BY position, id',
      [eventId],
    );
    return rows.map(toRecord);
  }

  async create(table: NewTableRecord): Promise<TableRecord> {
    const record = tableRecord(table);
    await this.db.run(...TableRegistry.insertion(record));
    return record;
  }

  async patch(id: string, patch: TablePatch): Promise<TableRecord | undefined> {
    const current = await this.find(id);
    if (!current) return undefined;
    const next = { ...current, ...patch };
    const row = toRow(next);
    await this.db.run(
      'UPDATE tables SET title = ?, cluster = ?, area = ?, moderators = ? WHERE id = ?',
      [row.title, row.cluster, row.area, row.moderators, id],
    );
    return next;
  }

  /** The statement deleting a table (its invitations and participants go with it). */
  static deletion(id: string): Statement {
    return ['DELETE FROM tables WHERE id = ?', [id]];
  }

  /** The statement that stores a new table, for a batch. */
  static insertion(record: TableRecord): Statement {
    const row = toRow(record);
    return [
      `INSERT INTO tables (id, event_id, title, template_id, cluster, area, moderators, open_join,
         position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.event_id,
        row.title,
        row.template_id,
        row.cluster,
        row.area,
        row.moderators,
        row.open_join,
        row.position,
        row.created_at,
      ],
    ];
  }
}

/** A new table; what is left out takes its default. */
export type NewTableRecord = Omit<
  TableRecord,
  'cluster' | 'area' | 'moderators' | 'openJoin' | 'position' | 'eventId'
> &
  Partial<TableRecord>;

/** A new table's record with the defaults filled in. */
export function tableRecord(table: NewTableRecord): TableRecord {
  return {
    eventId: null,
    cluster: '',
    area: '',
    moderators: [],
    openJoin: false,
    position: 0,
    ...table,
  };
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
    openJoin: Number(row.open_join) === 1,
    position: Number(row.position),
    createdAt: Number(row.created_at),
  };
}
