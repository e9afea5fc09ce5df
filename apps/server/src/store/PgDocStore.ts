import type { Pool, PoolClient } from 'pg';
import { inTransaction } from './pgTransaction.js';
import * as Y from 'yjs';
import type { DocStore, StoredDoc } from './DocStore.js';

/** The PostgreSQL schema of the document store, the same shape as SQLite's. */
export const PG_DOC_STORE_SCHEMA = `
CREATE TABLE IF NOT EXISTS doc_updates (
  doc TEXT NOT NULL,
  seq BIGINT NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (doc, seq)
);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  doc TEXT PRIMARY KEY,
  data BYTEA NOT NULL,
  through_seq BIGINT NOT NULL
);
`;

/**
 * Document store on PostgreSQL, for several server instances sharing one database. Appends to
 * one document are serialised by a transaction-scoped advisory lock on the document's name, so
 * sequence numbers never collide between instances; a resolved append is committed.
 */
export class PgDocStore implements DocStore {
  private ready: Promise<void> | null = null;

  constructor(private readonly pool: Pool) {}

  /** Creates the schema once; a lock keeps instances starting together from racing. */
  private schema(): Promise<void> {
    this.ready ??= inTransaction(this.pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended('tavolo:schema', 0))");
      await client.query(PG_DOC_STORE_SCHEMA);
    }).catch((err: unknown) => {
      this.ready = null;
      throw err;
    });
    return this.ready;
  }

  /** A transaction holding the document's lock: appends to one document never interleave. */
  private async transaction<T>(doc: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
    await this.schema();
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [doc]);
      return work(client);
    });
  }

  async load(docName: string): Promise<StoredDoc> {
    await this.schema();
    const snap = await this.pool.query<{ data: Buffer; through_seq: string }>(
      'SELECT data, through_seq FROM doc_snapshots WHERE doc = $1',
      [docName],
    );
    const through = Number(snap.rows[0]?.through_seq ?? 0);
    const rows = await this.pool.query<{ seq: string; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE doc = $1 AND seq > $2 ORDER BY seq',
      [docName, through],
    );
    return {
      snapshot: snap.rows[0] ? new Uint8Array(snap.rows[0].data) : null,
      updates: rows.rows.map((r) => new Uint8Array(r.data)),
      lastSeq: rows.rows.length > 0 ? Number(rows.rows.at(-1)!.seq) : through,
    };
  }

  append(docName: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.transaction(docName, async (client) => {
      const last = await client.query<{ seq: string | null }>(
        `SELECT GREATEST(
           (SELECT MAX(seq) FROM doc_updates WHERE doc = $1),
           (SELECT through_seq FROM doc_snapshots WHERE doc = $1)) AS seq`,
        [docName],
      );
      let seq = Number(last.rows[0]?.seq ?? 0);
      if (updates.length === 0) return seq;
      const values: unknown[] = [docName];
      const rows = updates.map((update) => {
        values.push(++seq, Buffer.from(update));
        return `($1, $${values.length - 1}, $${values.length})`;
      });
      await client.query(
        `INSERT INTO doc_updates (doc, seq, data) VALUES ${rows.join(', ')}`,
        values,
      );
      return seq;
    });
  }

  compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    return this.transaction(docName, async (client) => {
      await client.query(
        `INSERT INTO doc_snapshots (doc, data, through_seq) VALUES ($1, $2, $3)
         ON CONFLICT (doc) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq
         WHERE excluded.through_seq >= doc_snapshots.through_seq`,
        [docName, Buffer.from(snapshot), throughSeq],
      );
      await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [
        docName,
        throughSeq,
      ]);
    });
  }

  /**
   * Merges the stored log into the snapshot. A try-lock per document makes concurrent calls
   * from several instances skip rather than wait: one compaction is enough.
   */
  async compactLog(docName: string): Promise<void> {
    await this.schema();
    await inTransaction(this.pool, async (client) => {
      const lock = await client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 1)) AS ok',
        [docName],
      );
      if (lock.rows[0]?.ok) {
        const snap = await client.query<{ data: Buffer; through_seq: string }>(
          'SELECT data, through_seq FROM doc_snapshots WHERE doc = $1',
          [docName],
        );
        const through = Number(snap.rows[0]?.through_seq ?? 0);
        const rows = await client.query<{ seq: string; data: Buffer }>(
          'SELECT seq, data FROM doc_updates WHERE doc = $1 AND seq > $2 ORDER BY seq',
          [docName, through],
        );
        if (rows.rows.length > 0) {
          const parts = [...snap.rows.map((r) => r.data), ...rows.rows.map((r) => r.data)];
          const merged = Y.mergeUpdates(parts.map((b) => new Uint8Array(b)));
          const last = Number(rows.rows.at(-1)!.seq);
          await client.query(
            `INSERT INTO doc_snapshots (doc, data, through_seq) VALUES ($1, $2, $3)
             ON CONFLICT (doc) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq`,
            [docName, Buffer.from(merged), last],
          );
          await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [
            docName,
            last,
          ]);
        }
      }
    });
  }

  delete(docName: string): Promise<void> {
    return this.transaction(docName, async (client) => {
      await client.query('DELETE FROM doc_updates WHERE doc = $1', [docName]);
      await client.query('DELETE FROM doc_snapshots WHERE doc = $1', [docName]);
    });
  }

  async close(): Promise<void> {
    // The pool belongs to whoever created it.
  }
}
