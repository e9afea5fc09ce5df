import type { Database } from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@tavolo/board';
import { signToken } from '../auth/tokens.js';
import { parseConfig } from '../config.js';
import { createApp, type App } from '../createApp.js';
import { seedDemo } from '../demo/seedDemo.js';
import { silentLogger, type Logger } from '../log.js';
import { openDatabase } from '../store/openDatabase.js';

/** The secretariat key of every test server. */
export const TEST_ADMIN_KEY = 'test-admin-key';

/** A server on a loopback port 0 over a real SQLite file, for integration tests. */
export interface TestServer {
  readonly app: App;
  /** The server's SQLite database. */
  readonly db: Database;
  readonly url: string;
  readonly dataDir: string;
  /** http://127.0.0.1:<port> */
  readonly httpUrl: string;
  /** The key tokens are signed with. */
  readonly secret: Uint8Array;
  /** A valid token for a table (default: a moderator's, valid for an hour). */
  tokenFor(tableId: string, role?: Role, participantId?: string): string;
  stop(): Promise<void>;
}

/** Starts a server; pass the `dataDir` of a stopped one to restart it on the same data. */
export async function startTestServer(
  options: { dataDir?: string; env?: Record<string, string>; log?: Logger } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'tavolo-test-'));
  const config = parseConfig(
    { PORT: '0', HOST: '127.0.0.1', TAVOLO_DATA_DIR: dataDir, ...options.env },
    { cwd: process.cwd(), webDir: join(dataDir, 'no-web') },
  );
  const db = openDatabase(join(dataDir, 'tavolo.sqlite'));
  const secret = new Uint8Array(32).fill(1);
  const log = options.log ?? silentLogger;
  const app = await createApp(config, { db, log, secret, adminKey: TEST_ADMIN_KEY });
  await seedDemo(app.catalog);
  const address = await app.listen();
  return {
    app,
    db,
    dataDir,
    secret,
    tokenFor: (tableId, role = 'moderator', participantId = `${role}-1`) =>
      signToken({ tableId, role, participantId, exp: Date.now() + 3_600_000 }, secret),
    httpUrl: `http://127.0.0.1:${address.port}`,
    url: `ws://127.0.0.1:${address.port}/sync`,
    async stop() {
      await app.close();
      db.close();
    },
  };
}
