import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docStoreContract } from './docStoreContract.js';
import { openDatabase } from './openDatabase.js';
import { SqliteDocStore } from './SqliteDocStore.js';

docStoreContract('SQLite', {
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'tavolo-store-'));
    const file = join(dir, 'store.sqlite');
    const dbs = [openDatabase(file)];
    return {
      store: new SqliteDocStore(dbs[0]!),
      async reopen() {
        const db = openDatabase(file);
        dbs.push(db);
        return new SqliteDocStore(db);
      },
      async cleanup() {
        for (const db of dbs) db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});

describe('SQLite store, appends made in one turn', () => {
  it('share one commit and keep each document’s order and sequence', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteDocStore(db);
    const u = (n: number) => new Uint8Array([n]);
    const seqs = await Promise.all([
      store.append('a', [u(1), u(2)]),
      store.append('b', [u(3)]),
      store.append('a', [u(4)]),
    ]);
    expect(seqs).toEqual([2, 1, 3]);
    expect((await store.load('a')).updates).toEqual([u(1), u(2), u(4)]);
    expect((await store.load('b')).updates).toEqual([u(3)]);
    db.close();
  });

  it('fail together when their commit fails, and the next ones commit', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteDocStore(db);
    const bad = store.append('a', [null as unknown as Uint8Array]);
    const good = store.append('b', [new Uint8Array([1])]);
    await expect(bad).rejects.toThrow();
    await expect(good).rejects.toThrow();
    expect(await store.append('b', [new Uint8Array([2])])).toBe(1);
    db.close();
  });
});
