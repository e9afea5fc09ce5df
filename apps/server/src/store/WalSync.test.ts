import { describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './openDatabase.js';
import { SqliteDocStore } from './SqliteDocStore.js';
import { keptOpen, WalSync, walSyncOf } from './WalSync.js';

/** A flush the test finishes by hand. */
function manualFlush() {
  const calls: { resolve: () => void; reject: (err: Error) => void }[] = [];
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { calls, flush };
}

const settled = async <T>(p: Promise<T>) => {
  let done = false;
  p.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
};

describe('WalSync', () => {
  it('resolves only when the flush that began after the call has finished', async () => {
    const { calls, flush } = manualFlush();
    const sync = new WalSync('x-wal', flush);
    const first = sync.sync();
    expect(calls).toHaveLength(1);
    // Committed while the first flush runs: that flush may have missed it.
    const second = sync.sync();
    const third = sync.sync();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await first;
    expect(await settled(second)).toBe(false);
    // The second and third share one flush.
    await new Promise((r) => setImmediate(r));
    expect(calls).toHaveLength(2);
    calls[1]!.resolve();
    await Promise.all([second, third]);
    expect(sync.flushes).toBe(2);
  });

  it('passes a failed flush to its waiters, and the next call flushes again', async () => {
    const { calls, flush } = manualFlush();
    const sync = new WalSync('x-wal', flush);
    const first = sync.sync();
    calls[0]!.reject(new Error('EIO'));
    await expect(first).rejects.toThrow('EIO');
    const again = sync.sync();
    expect(calls).toHaveLength(2);
    calls[1]!.resolve();
    await expect(again).resolves.toBeUndefined();
  });

  it('flushes a real WAL file, and has nothing to do for a database in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavolo-wal-'));
    try {
      const db = openDatabase(join(dir, 'a.sqlite'));
      expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
      const store = new SqliteDocStore(db);
      await store.append('t', [new Uint8Array([1, 2, 3])]);
      expect(existsSync(join(dir, 'a.sqlite-wal'))).toBe(true);
      expect(walSyncOf(db)!.flushes).toBeGreaterThan(0);
      db.close();
      expect(walSyncOf(openDatabase(':memory:'))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the WAL kept open between flushes', () => {
  it('opens the file once while flushes keep coming, again after it went idle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavolo-wal-'));
    const db = openDatabase(join(dir, 'a.sqlite'));
    try {
      const wal = keptOpen(`${db.name}-wal`, 50);
      const store = new SqliteDocStore(db, new WalSync(`${db.name}-wal`, wal.flush));
      for (let i = 0; i < 5; i++) await store.append('t', [new Uint8Array([i])]);
      expect(wal.opens()).toBe(1);
      // A checkpoint that truncates the WAL keeps the file: the handle is still its.
      db.pragma('wal_checkpoint(TRUNCATE)');
      await store.append('t', [new Uint8Array([9])]);
      expect(wal.opens()).toBe(1);
      // Idle past its timeout (the timer, not the disk, is faked).
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        await store.append('t', [new Uint8Array([10])]);
        vi.advanceTimersByTime(60);
      } finally {
        vi.useRealTimers();
      }
      await store.append('t', [new Uint8Array([11])]);
      expect(wal.opens()).toBe(2);
      expect((await store.load('t')).updates).toHaveLength(8);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has nothing to flush before the WAL exists', async () => {
    const wal = keptOpen(join(tmpdir(), 'tavolo-no-such-dir', 'a.sqlite-wal'));
    await expect(wal.flush('')).resolves.toBeUndefined();
    expect(wal.opens()).toBe(0);
  });
});

describe('SQLite store and the flush', () => {
  it('acknowledges an append only once it is flushed, and refuses it when the flush fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavolo-wal-'));
    const db = openDatabase(join(dir, 'a.sqlite'));
    try {
      const { calls, flush } = manualFlush();
      const store = new SqliteDocStore(db, new WalSync(`${db.name}-wal`, flush));
      const appended = store.append('t', [new Uint8Array([7])]);
      await new Promise((r) => setImmediate(r));
      expect(calls).toHaveLength(1);
      expect(await settled(appended)).toBe(false);
      calls[0]!.resolve();
      expect(await appended).toBe(1);

      const failing = store.append('t', [new Uint8Array([8])]);
      await new Promise((r) => setImmediate(r));
      calls[1]!.reject(new Error('EIO: disk gone'));
      await expect(failing).rejects.toThrow('EIO');
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
