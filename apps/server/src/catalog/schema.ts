import type { CatalogDb } from './CatalogDb.js';

/**
 * The secretariat's data: events, their tables, invitations and participants. Documents (the
 * boards themselves) live in the document store; a table's document name is its id.
 * Times are milliseconds since the epoch (BIGINT in PostgreSQL, read back as numbers).
 */
function schema(time: string): string {
  return `
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  start_time TEXT NOT NULL DEFAULT '09:30',
  place TEXT NOT NULL DEFAULT '',
  organiser TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'it',
  archived_at ${time},
  created_at ${time} NOT NULL
);
CREATE TABLE IF NOT EXISTS tables (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template_id TEXT NOT NULL,
  created_at ${time} NOT NULL
);
CREATE TABLE IF NOT EXISTS invitations (
  id TEXT PRIMARY KEY,
  table_id TEXT NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL DEFAULT '',
  expires_at ${time} NOT NULL,
  revoked_at ${time},
  created_at ${time} NOT NULL
);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  table_id TEXT NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  organisation TEXT NOT NULL,
  consent INTEGER NOT NULL,
  invitation_id TEXT,
  joined_at ${time} NOT NULL
);
CREATE TABLE IF NOT EXISTS retired_table_ids (
  id_hash TEXT PRIMARY KEY,
  retired_at ${time} NOT NULL
);
CREATE INDEX IF NOT EXISTS invitations_by_table ON invitations(table_id);
CREATE INDEX IF NOT EXISTS participants_by_table ON participants(table_id);
`;
}

/** Columns added to `tables` after its first version, with their definitions. */
const TABLE_COLUMNS: Record<string, string> = {
  event_id: 'TEXT REFERENCES events(id)',
  cluster: "TEXT NOT NULL DEFAULT ''",
  area: "TEXT NOT NULL DEFAULT ''",
  moderators: "TEXT NOT NULL DEFAULT '[]'",
  open_join: 'INTEGER NOT NULL DEFAULT 0',
  position: 'INTEGER NOT NULL DEFAULT 0',
};

/** Creates the catalogue's tables, upgrading a database written by an earlier version. */
export async function migrateCatalog(db: CatalogDb): Promise<void> {
  if (db.dialect === 'postgres') {
    const statements = schema('BIGINT')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    // A lock keeps instances starting together from racing on CREATE TABLE.
    await db.batch([
      ["SELECT pg_advisory_xact_lock(hashtextextended('tavolo:catalog', 0))"],
      ...statements.map((s) => [s] as const),
      ...Object.entries(TABLE_COLUMNS).map(
        ([column, definition]) =>
          [`ALTER TABLE tables ADD COLUMN IF NOT EXISTS ${column} ${definition}`] as const,
      ),
      ['CREATE INDEX IF NOT EXISTS tables_by_event ON tables(event_id)'],
    ]);
    return;
  }
  for (const statement of schema('INTEGER')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    await db.run(statement);
  }
  const present = new Set(
    (await db.all<{ name: string }>('PRAGMA table_info(tables)')).map((c) => c.name),
  );
  for (const [column, definition] of Object.entries(TABLE_COLUMNS)) {
    if (!present.has(column)) await db.run(`ALTER TABLE tables ADD COLUMN ${column} ${definition}`);
  }
  await db.run('CREATE INDEX IF NOT EXISTS tables_by_event ON tables(event_id)');
}
