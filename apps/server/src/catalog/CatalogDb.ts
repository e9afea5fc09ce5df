import type { Database, Statement as SqliteStatement } from 'better-sqlite3';
import type { Pool } from 'pg';
import { inTransaction } from '../store/pgTransaction.js';
import { durable } from '../store/WalSync.js';

/** One statement with its `?` parameters. */
export type Statement = readonly [sql: string, params?: readonly unknown[]];

/**
 * The catalogue's database: SQLite on a single node, PostgreSQL when instances share it.
 * Statements use `?` placeholders and SQL both engines understand.
 */
export interface CatalogDb {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a statement; resolves with the number of rows changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs statements atomically. */
  batch(statements: readonly Statement[]): Promise<void>;
  /** After erasing data: make sure no copy of it stays in the files (SQLite's WAL). */
  afterErase(): Promise<void>;
}

/** The catalogue on better-sqlite3 (synchronous underneath; committed and flushed when resolved). */
export function sqliteCatalogDb(db: Database): CatalogDb {
  // Statements are prepared once: preparing took most of a table lookup, which every
  // connection makes (bench W6). The catalogue's SQL is a fixed set of strings in the code.
  const prepared = new Map<string, SqliteStatement>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  return {
    dialect: 'sqlite',
    all: async <T>(sql: string, params: readonly unknown[] = []) =>
      prepare(sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly unknown[] = []) =>
      prepare(sql).get(...params) as T | undefined,
    run: async (sql, params = []) => {
      const changes = prepare(sql).run(...params).changes;
      await durable(db);
      return changes;
    },
    batch: async (statements) => {
      db.transaction(() => {
        for (const [sql, params = []] of statements) prepare(sql).run(...params);
      })();
      await durable(db);
    },
    afterErase: async () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}

/** `?` placeholders as PostgreSQL's `$1, $2…`. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The catalogue on PostgreSQL, shared by every instance. */
export function postgresCatalogDb(pool: Pool): CatalogDb {
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await pool.query(numbered(sql), [...params])).rows as T[],
    get: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await pool.query(numbered(sql), [...params])).rows[0] as T | undefined,
    run: async (sql, params = []) => (await pool.query(numbered(sql), [...params])).rowCount ?? 0,
    batch: (statements) =>
      inTransaction(pool, async (client) => {
        for (const [sql, params = []] of statements) await client.query(numbered(sql), [...params]);
      }),
    afterErase: async () => {},
  };
}
