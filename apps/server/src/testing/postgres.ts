import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './ChildServer.js';

/** The folder of PostgreSQL's server programs (initdb, pg_ctl), installing them where we can. */
export function findPostgresBin(): string {
  const find = () => {
    const root = '/usr/lib/postgresql';
    if (!existsSync(root)) return null;
    const version = readdirSync(root).sort().at(-1);
    const bin = version ? join(root, version, 'bin') : null;
    return bin && existsSync(join(bin, 'initdb')) ? bin : null;
  };
  let bin = find();
  if (!bin && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    spawnSync('apt-get', ['install', '-y', '-q', 'postgresql'], { stdio: 'ignore' });
    bin = find();
  }
  if (!bin) {
    throw new Error(
      'PostgreSQL is needed for these tests and could not be installed: ' +
        'install it (Debian: apt-get install postgresql) and run the tests again.',
    );
  }
  return bin;
}

/** A throwaway PostgreSQL cluster on a loopback port, run as the `postgres` user when root. */
export class TestPostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly bin: string,
  ) {}

  static async start(): Promise<TestPostgres> {
    const bin = findPostgresBin();
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'tavolo-pg-'));
    chmodSync(dir, 0o777);
    const asPostgres = (cmd: string, args: string[]) =>
      process.getuid?.() === 0
        ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], {
            stdio: 'pipe',
          })
        : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
    const data = join(dir, 'data');
    asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
    asPostgres('pg_ctl', [
      '-D',
      data,
      '-w',
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=on`,
      'start',
    ]);
    const server = new TestPostgres(port, dir, bin);
    server.stopAs = () => asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    return server;
  }

  private stopAs: () => void = () => {};

  /** A connection pool on a fresh database of this cluster. */
  async freshDatabase(): Promise<{ pool: pg.Pool; name: string }> {
    const name = `t${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({
      host: '127.0.0.1',
      port: this.port,
      user: 'postgres',
      database: 'postgres',
    });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return { pool: this.pool(name), name };
  }

  pool(database: string): pg.Pool {
    const pool = new pg.Pool({
      host: '127.0.0.1',
      port: this.port,
      user: 'postgres',
      database,
      max: 4,
    });
    // A client still closing when the cluster stops gets "terminating connection": expected.
    pool.on('error', () => {});
    return pool;
  }

  stop(): void {
    this.stopAs();
    rmSync(this.dir, { recursive: true, force: true });
  }

  get binDir(): string {
    return this.bin;
  }
}
