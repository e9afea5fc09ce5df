import type { Database, Statement } from 'better-sqlite3';
import type { DocStore, StoredDoc } from './DocStore.js';
import { walSyncOf, type WalSync } from './WalSync.js';

/** The SQLite schema of the document store; applied by `migrate`. */
export const DOC_STORE_SCHEMA = `
CREATE TABLE IF NOT EXISTS doc_updates (
  doc TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_snapshots (
  doc TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  through_seq INTEGER NOT NULL
);
`;

/** An append waiting for the next shared commit. */
interface PendingAppend {
  readonly doc: string;
  readonly updates: readonly Uint8Array[];
  readonly resolve: (seq: number) => void;
  readonly reject: (err: unknown) => void;
}

/**
 * Document store on a better-sqlite3 database. A resolved `append` has been committed and
 * flushed to disk: it survives a crash and a power loss. Appends made in the same turn of the
 * event loop — each room's group commit — share one transaction, committed on the next turn;
 * the flush (`WalSync`) then runs off the loop, shared by every commit made while it waits.
 * better-sqlite3 is synchronous: with `synchronous = FULL` every commit held the loop for its
 * fsync, and a slow fsync froze every room (docs/benchmarks.md, Findings).
 */
export class SqliteDocStore implements DocStore {
  private readonly selectSnapshot: Statement<[string], { data: Buffer; through_seq: number }>;
  private readonly selectUpdates: Statement<[string, number], { seq: number; data: Buffer }>;
  private readonly selectLastSeq: Statement<[{ doc: string }], { seq: number | null }>;
  private readonly insertUpdate: Statement<[string, number, Uint8Array]>;
  private readonly appendTx: (batch: readonly PendingAppend[]) => number[];
  private pending: PendingAppend[] = [];
  private commitScheduled = false;
  private readonly compactTx: (doc: string, snapshot: Uint8Array, throughSeq: number) => void;
  private readonly deleteTx: (doc: string) => void;

  constructor(
    private readonly db: Database,
    /** Flushes commits to disk; null for an in-memory database. */
    private readonly walSync: WalSync | null = walSyncOf(db),
  ) {
    db.exec(DOC_STORE_SCHEMA);
    this.selectSnapshot = db.prepare('SELECT data, through_seq FROM doc_snapshots WHERE doc = ?');
    this.selectUpdates = db.prepare(
      'SELECT seq, data FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq',
    );
    this.selectLastSeq = db.prepare(
      `SELECT MAX(seq) AS seq FROM (
         SELECT MAX(seq) AS seq FROM doc_updates WHERE doc = @doc
         UNION ALL SELECT through_seq FROM doc_snapshots WHERE doc = @doc)`,
    );
    this.insertUpdate = db.prepare('INSERT INTO doc_updates (doc, seq, data) VALUES (?, ?, ?)');
    const upsertSnapshot = db.prepare(
      `INSERT INTO doc_snapshots (doc, data, through_seq) VALUES (?, ?, ?)
       ON CONFLICT (doc) DO UPDATE SET data = excluded.data, through_seq = excluded.through_seq
       WHERE excluded.through_seq >= doc_snapshots.through_seq`,
    );
    const dropUpdates = db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?');
    const deleteUpdates = db.prepare('DELETE FROM doc_updates WHERE doc = ?');
    const deleteSnapshot = db.prepare('DELETE FROM doc_snapshots WHERE doc = ?');

    this.appendTx = db.transaction((batch: readonly PendingAppend[]) => {
      const last = new Map<string, number>();
      return batch.map(({ doc, updates }) => {
        let seq = last.get(doc) ?? this.selectLastSeq.get({ doc })?.seq ?? 0;
        for (const update of updates) this.insertUpdate.run(doc, ++seq, update);
        last.set(doc, seq);
        return seq;
      });
    });
    this.compactTx = db.transaction((doc: string, snapshot: Uint8Array, throughSeq: number) => {
      upsertSnapshot.run(doc, snapshot, throughSeq);
      dropUpdates.run(doc, throughSeq);
    });
    this.deleteTx = db.transaction((doc: string) => {
      deleteUpdates.run(doc);
      deleteSnapshot.run(doc);
    });
  }

  async load(docName: string): Promise<StoredDoc> {
    this.commitPending();
    const snap = this.selectSnapshot.get(docName);
    const rows = this.selectUpdates.all(docName, snap?.through_seq ?? 0);
    return {
      snapshot: snap ? new Uint8Array(snap.data) : null,
      updates: rows.map((r) => new Uint8Array(r.data)),
      lastSeq: rows.at(-1)?.seq ?? snap?.through_seq ?? 0,
    };
  }

  append(docName: string, updates: readonly Uint8Array[]): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ doc: docName, updates, resolve, reject });
      if (this.commitScheduled) return;
      this.commitScheduled = true;
      setImmediate(() => this.commitPending());
    });
  }

  /** Commits every waiting append in one transaction; all fail together if it fails. */
  private commitPending(): void {
    this.commitScheduled = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    let seqs: number[];
    try {
      seqs = this.appendTx(batch);
    } catch (err) {
      for (const append of batch) append.reject(err);
      return;
    }
    (this.walSync?.sync() ?? Promise.resolve()).then(
      () => batch.forEach((append, i) => append.resolve(seqs[i]!)),
      (err: unknown) => {
        for (const append of batch) append.reject(err);
      },
    );
  }

  async compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    this.commitPending();
    this.compactTx(docName, snapshot, throughSeq);
    await this.walSync?.sync();
  }

  async delete(docName: string): Promise<void> {
    this.commitPending();
    this.deleteTx(docName);
    await this.walSync?.sync();
  }

  async close(): Promise<void> {
    // The database is owned by whoever opened it (see openDatabase.ts); only what waits for
    // a commit is ours to finish.
    this.commitPending();
    await this.walSync?.sync();
  }
}
