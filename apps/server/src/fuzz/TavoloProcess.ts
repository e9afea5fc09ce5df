import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildServer, freePort } from '../testing/ChildServer.js';
import { TEST_ADMIN_KEY, type TestServer } from '../testing/startTestServer.js';

/** Where a hostile client finds a server: its HTTP base, its sync base and its credentials. */
export interface Target {
  /** http://127.0.0.1:<port> */
  readonly httpUrl: string;
  /** ws://127.0.0.1:<port>/sync */
  readonly wsUrl: string;
  readonly adminKey: string;
  /** The key tokens are signed with, to make tokens the API would not hand out. */
  readonly secret: Uint8Array;
}

/** An in-process test server as a Target. */
export function targetOf(s: TestServer): Target {
  return { httpUrl: s.httpUrl, wsUrl: s.url, adminKey: TEST_ADMIN_KEY, secret: s.secret };
}

/**
 * The real server (src/main.ts) in a child process on a fixed port and data folder, so that a
 * crash shows as the process exiting, and it can be started again on the same data.
 */
export class TavoloProcess implements Target {
  private child: ChildServer;
  /** stderr of every child that exited by itself, for the failure message. */
  crashes: string[] = [];

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly env: Record<string, string>,
    readonly secret: Uint8Array,
    readonly adminKey: string,
  ) {
    this.child = new ChildServer(env);
  }

  /** Starts a server on a fresh data folder with the demo event; `env` adds configuration. */
  static async start(env: Record<string, string> = {}): Promise<TavoloProcess> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'tavolo-hostile-'));
    const secret = randomBytes(24).toString('hex');
    const server = new TavoloProcess(
      port,
      dataDir,
      {
        PORT: String(port),
        TAVOLO_DATA_DIR: dataDir,
        TAVOLO_SECRET: secret,
        TAVOLO_ADMIN_KEY: TEST_ADMIN_KEY,
        ...env,
      },
      Buffer.from(secret, 'utf8'),
      TEST_ADMIN_KEY,
    );
    await server.child.start();
    server.watch();
    return server;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}/sync`;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return this.child.pid !== undefined;
  }

  /** Resolves when the running child exits, whatever the reason. */
  exited(): Promise<number | string | null> {
    return this.child.exited();
  }

  private watch(): void {
    const child = this.child;
    void child.exited().then((code) => {
      if (this.child === child && !this.stopping) {
        this.crashes.push(`exit ${String(code)}: ${child.errors.slice(0, 4000)}`);
      }
    });
  }

  private stopping = false;
  /** Crashes of earlier children, not to be blamed on the running one. */
  private crashesBefore = 0;

  /** Starts the server again on the same port and data (after a crash or a stop). */
  async restart(): Promise<void> {
    // A child that does not answer (a stalled event loop) cannot store its rooms: kill it.
    if (this.alive) await this.stop((await this.health()) === 200 ? 'SIGTERM' : 'SIGKILL');
    this.child = new ChildServer(this.env);
    this.stopping = false;
    this.crashesBefore = this.crashes.length;
    await this.child.start();
    this.watch();
  }

  /** Starts a new child when the previous one has died (or is dying: it does not answer). */
  async ensureRunning(): Promise<void> {
    if (this.alive && (await this.health()) === 200) return;
    if (this.alive) await this.stop('SIGKILL');
    await this.restart();
  }

  /** Stops the child with a signal (SIGTERM stores every room; SIGKILL does not). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    this.stopping = true;
    return this.child.stop(signal);
  }

  /**
   * Stops the child with SIGTERM (it stores every room and exits), killing it when it has not
   * exited within `limitMs`; resolves with how it ended.
   */
  async stopWithin(limitMs: number): Promise<'stopped' | 'killed'> {
    if (!this.alive) return 'stopped';
    this.stopping = true;
    const exited = this.exited();
    this.child.signal('SIGTERM');
    const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), limitMs));
    if ((await Promise.race([exited, timer])) !== 'late') return 'stopped';
    await this.child.stop('SIGKILL');
    return 'killed';
  }

  /** Kills a child that stopped answering, as a crash: it is recorded, and may be restarted. */
  killStalled(): void {
    const pid = this.child.pid;
    try {
      if (pid !== undefined) process.kill(pid, 'SIGKILL');
    } catch {
      // It died meanwhile.
    }
  }

  /** The child's resident memory in bytes, from /proc; null once it is gone. */
  rssBytes(): number | null {
    const pid = this.child.pid;
    if (pid === undefined) return null;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      return kb ? Number(kb) * 1024 : null;
    } catch {
      return null;
    }
  }

  /**
   * What the last child that died by itself wrote to stderr, to explain a failure; waits a
   * little for a child that no longer answers to finish dying.
   */
  async crashReport(): Promise<string> {
    if (this.alive && (await this.health()) !== 200) {
      await Promise.race([this.exited(), new Promise((resolve) => setTimeout(resolve, 2000))]);
    }
    if (this.crashes.length > this.crashesBefore) return `the server died: ${this.crashes.at(-1)}`;
    return (await this.health()) === 200
      ? 'the server is alive'
      : 'the server is alive but does not answer /healthz (a stalled event loop)';
  }

  /** GET /healthz's status, or 0 when nothing answers. */
  async health(): Promise<number> {
    try {
      return (await fetch(`${this.httpUrl}/healthz`, { signal: AbortSignal.timeout(3000) })).status;
    } catch {
      return 0;
    }
  }
}
