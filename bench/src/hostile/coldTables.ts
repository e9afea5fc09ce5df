import { openDatabase, SqliteDocStore } from '@tavolo/server';
import { join } from 'node:path';
import { startServer, type ServerProcess } from '../servers/ServerProcess.js';
import { boardUpdates } from '../workloads/storedBoard.js';

/**
 * Gives each of `tableIds` a stored log of `count` more updates (50 writers adding and
 * rewriting cards, as in W5) and restarts the server on its data, so that every table loads
 * cold on its first join. The server is stopped cleanly first; the log is appended through
 * our own store, as if written live and never compacted.
 */
export async function restartWithColdLogs(
  server: ServerProcess,
  tableIds: readonly string[],
  base: Uint8Array,
  count: number,
): Promise<ServerProcess> {
  // The writers only add cards of their own and rewrite them: the same log fits every table.
  const updates = boardUpdates(base, count, 60);
  await server.stop();
  const db = openDatabase(join(server.dataDir, 'tavolo.sqlite'));
  const store = new SqliteDocStore(db);
  for (const id of tableIds) await store.append(id, updates);
  db.close();
  return startServer('ours', { core: 0, dataDir: server.dataDir });
}
