import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Opens (creating when missing) the SQLite file with settings for durable group commit. */
export function openDatabase(file: string): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  // NORMAL: a commit does not fsync on the event loop; whoever acknowledges a commit first
  // awaits its flush off the loop (WalSync.ts), so what is acknowledged survives power loss.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros: deleting an event leaves no trace in the file.
  db.pragma('secure_delete = ON');
  return db;
}
