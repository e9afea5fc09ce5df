import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestPostgres } from '../testing/postgres.js';
import { docStoreContract } from './docStoreContract.js';
import * as Y from 'yjs';
import { PgDocStore } from './PgDocStore.js';
import { applyStored } from './storedDoc.js';

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await TestPostgres.start();
}, 120_000);
afterAll(() => postgres?.stop());

docStoreContract('PostgreSQL', {
  async create() {
    const { pool, name } = await postgres.freshDatabase();
    const pools = [pool];
    return {
      store: new PgDocStore(pool),
      async reopen() {
        const again = postgres.pool(name);
        pools.push(again);
        return new PgDocStore(again);
      },
      async cleanup() {
        for (const p of pools) await p.end();
      },
    };
  },
});

describe('PgDocStore across instances', () => {
  it('serialises concurrent appends of two instances to one document', async () => {
    const { pool, name } = await postgres.freshDatabase();
    const other = postgres.pool(name);
    try {
      const a = new PgDocStore(pool);
      const b = new PgDocStore(other);
      const write = (store: PgDocStore, who: string) =>
        Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            store.append('robotica', [new Uint8Array([i, who.charCodeAt(0)])]),
          ),
        );
      const [seqA, seqB] = await Promise.all([write(a, 'a'), write(b, 'b')]);
      const all = [...seqA, ...seqB].sort((x, y) => x - y);
      expect(all).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
      const loaded = await a.load('robotica');
      expect(loaded.updates).toHaveLength(80);
      expect(loaded.lastSeq).toBe(80);
    } finally {
      await pool.end();
      await other.end();
    }
  });
});

describe('PgDocStore.compactLog', () => {
  it('merges the stored log into the snapshot, whatever any instance holds in memory', async () => {
    const { pool } = await postgres.freshDatabase();
    try {
      const store = new PgDocStore(pool);
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      for (let i = 0; i < 5; i++) doc.getMap('m').set(`k${i}`, i);
      await store.append('robotica', updates.splice(0));
      await store.compactLog('robotica');
      doc.getMap('m').set('after', true);
      const seq = await store.append('robotica', updates.splice(0));

      const loaded = await store.load('robotica');
      expect(loaded.updates).toHaveLength(1);
      expect(seq).toBe(6);
      expect(loaded.lastSeq).toBe(6);
      expect(applyStored(new Y.Doc(), loaded).getMap('m').toJSON()).toEqual(
        doc.getMap('m').toJSON(),
      );
    } finally {
      await pool.end();
    }
  });
});
