import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestPostgres } from '../testing/postgres.js';
import { docStoreContract } from './docStoreContract.js';
import { PgDocStore } from './PgDocStore.js';

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
