import type { Database, Statement } from 'better-sqlite3';

/** A table (focus group) as the server knows it, outside its live document. */
export interface TableRecord {
  readonly id: string;
  readonly title: string;
  readonly templateId: string;
  readonly createdAt: number;
}

interface TableRow {
  id: string;
  title: string;
  template_id: string;
  created_at: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS tables (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template_id TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
`;

/** Valid table ids: they appear in URLs and document names. */
export const TABLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The tables that exist; a socket may only open the document of a known table. */
export class TableRegistry {
  private readonly byId: Statement<[string], TableRow>;
  private readonly all: Statement<[], TableRow>;
  private readonly insert: Statement<[string, string, string, number]>;

  constructor(db: Database) {
    db.exec(SCHEMA);
    this.byId = db.prepare('SELECT * FROM tables WHERE id = ?');
    this.all = db.prepare('SELECT * FROM tables ORDER BY created_at, id');
    this.insert = db.prepare(
      'INSERT INTO tables (id, title, template_id, created_at) VALUES (?, ?, ?, ?)',
    );
  }

  find(id: string): TableRecord | undefined {
    const row = this.byId.get(id);
    return row && toRecord(row);
  }

  list(): TableRecord[] {
    return this.all.all().map(toRecord);
  }

  create(table: TableRecord): void {
    this.insert.run(table.id, table.title, table.templateId, table.createdAt);
  }
}

function toRecord(row: TableRow): TableRecord {
  return { id: row.id, title: row.title, templateId: row.template_id, createdAt: row.created_at };
}
