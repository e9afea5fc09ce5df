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
  /**
   * A person joined to a table through the catalogue, as the API would (default: a moderator),
   * with the token the server issued; for a table that does not exist, a token signed anyway.
   */
  join(tableId: string, role?: Role, person?: Partial<TestPerson>): Promise<TestJoin>;
  /** The token of `join`. */
  tokenFor(tableId: string, role?: Role): Promise<string>;
  stop(): Promise<void>;
}

/** What a test person joins with. */
export interface TestPerson {
  readonly name: string;
  readonly organisation: string;
  readonly consent: boolean;
}

/** A test person's join: their token and the participant id it names. */
export interface TestJoin extends TestPerson {
  readonly token: string;
  readonly participantId: string;
  readonly role: Role;
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
  const joinAs = async (
    tableId: string,
    role: Role = 'moderator',
    person: Partial<TestPerson> = {},
  ): Promise<TestJoin> => {
    const who = {
      name: person.name ?? `${role} di prova`,
      organisation: person.organisation ?? 'Org',
      consent: person.consent ?? true,
    };
    if (role === 'secretariat') {
      const token = app.catalog.secretariatToken(Date.now());
      return { ...who, token, participantId: 'secretariat', role };
    }
    if (!(await app.catalog.tables.find(tableId))) {
      const participantId = `${role}-1`;
      const claims = { tableId, role, participantId, exp: Date.now() + 3_600_000 };
      return { ...who, token: signToken(claims, secret), participantId, role };
    }
    const { token, claims } = await app.catalog.admit(tableId, role, who, null, Date.now());
    return { ...who, token, participantId: claims.participantId, role };
  };
  return {
    app,
    db,
    dataDir,
    secret,
    join: joinAs,
    tokenFor: async (tableId, role) => (await joinAs(tableId, role)).token,
    httpUrl: `http://127.0.0.1:${address.port}`,
    url: `ws://127.0.0.1:${address.port}/sync`,
    async stop() {
      await app.close();
      db.close();
    },
  };
}
