import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ChildServer.js';

/** redis-server's path, installing Debian's package where we can. */
export function findRedisServer(): string {
  const candidates = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'];
  let found = candidates.find(existsSync);
  if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    spawnSync('apt-get', ['install', '-y', '-q', 'redis-server'], { stdio: 'ignore' });
    found = candidates.find(existsSync);
  }
  if (!found) {
    throw new Error(
      'Redis is needed for these tests and could not be installed: ' +
        'install it (Debian: apt-get install redis-server) and run the tests again.',
    );
  }
  return found;
}

/** A throwaway redis-server on a loopback port; its data survives a stop/start (AOF). */
export class TestRedis {
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(join(tmpdir(), 'tavolo-redis-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await freePort());
    await redis.resume();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts (again) on the same port and data folder; resolves once it accepts connections. */
  resume(): Promise<void> {
    const child = spawn(
      findRedisServer(),
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Ready to accept connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
    });
  }

  /** Stops the server (its data stays on disk for `resume`). */
  pause(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async stop(): Promise<void> {
    await this.pause();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
