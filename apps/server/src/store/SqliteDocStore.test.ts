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
