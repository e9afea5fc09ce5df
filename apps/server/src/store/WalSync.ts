import type { Database } from 'better-sqlite3';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Makes SQLite's committed transactions durable without blocking the event loop.
 *
 * The database runs in WAL mode with `synchronous = NORMAL` (see openDatabase.ts): a commit
 * writes its frames to the `-wal` file and returns without an fsync; SQLite itself syncs the
 * WAL before each checkpoint and the database file after it. Whoever must not acknowledge a
 * commit before it would survive a power loss awaits `sync()` after committing: it flushes the
 * WAL file with `fdatasync` on libuv's thread pool, so the loop goes on relaying, answering and
 * committing while the disk works. Commits made while a flush is under way share the next one
 * (a group commit across the whole process). With this, a resolved commit is as durable as with
 * `synchronous = FULL`, which would make every commit wait for its fsync on the loop.
 */
export class WalSync {
  private inFlight: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  /** Flushes made; for tests and metrics. */
  flushes = 0;

  constructor(
    private readonly walFile: string,
    private readonly flush: (file: string) => Promise<void> = keptOpen(walFile).flush,
  ) {}

  /** Resolves once everything committed before this call is on disk. */
  sync(): Promise<void> {
    if (this.next) return this.next;
    if (!this.inFlight) return this.start();
    // A flush already under way may have begun before the caller's commit: wait for the next.
    const after = this.inFlight.then(
      () => undefined,
      () => undefined,
    );
    this.next = after.then(() => {
      this.next = null;
      return this.start();
    });
    return this.next;
  }

  private start(): Promise<void> {
    this.flushes++;
    const run = this.flush(this.walFile).finally(() => {
      if (this.inFlight === run) this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }
}

/** How long the WAL stays open after its last flush. */
export const WAL_IDLE_CLOSE_MS = 1_000;

/**
 * Flushes a WAL file, keeping it open while commits keep coming: opening and closing it for
 * every flush took about a tenth of the server's time on a busy event (bench W1). SQLite keeps
 * one WAL file for as long as the database is open (a checkpoint rewinds or truncates it, it
 * never replaces it), so the open handle stays the file's. It is closed after a second without
 * flushes (a closed database's handle goes then), and reopened after a failure.
 */
export function keptOpen(
  file: string,
  idleMs = WAL_IDLE_CLOSE_MS,
): { flush: (file: string) => Promise<void>; opens: () => number } {
  let handle: FileHandle | null = null;
  let idle: NodeJS.Timeout | null = null;
  let opens = 0;
  const close = () => {
    const h = handle;
    handle = null;
    if (idle) clearTimeout(idle);
    idle = null;
    return h?.close().catch(() => undefined);
  };
  const flush = async () => {
    if (idle) clearTimeout(idle);
    idle = null;
    if (!handle) {
      try {
        handle = await open(file, 'r');
        opens++;
      } catch (err) {
        // No WAL file: nothing was committed through one (an in-memory or closed database).
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw err;
      }
    }
    try {
      await handle.datasync();
    } catch (err) {
      await close();
      throw err;
    }
    idle = setTimeout(() => void close(), idleMs);
    idle.unref();
  };
  return { flush, opens: () => opens };
}

const syncs = new WeakMap<Database, WalSync | null>();

/** The one WalSync of a file database, or null for an in-memory one (nothing to flush). */
export function walSyncOf(db: Database): WalSync | null {
  let sync = syncs.get(db);
  if (sync === undefined) {
    sync = db.memory ? null : new WalSync(`${db.name}-wal`);
    syncs.set(db, sync);
  }
  return sync;
}

/** Awaits durability of what `db` has committed so far (no-op in memory). */
export async function durable(db: Database): Promise<void> {
  await walSyncOf(db)?.sync();
}
