import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** A free loopback port, so a restarted child can listen where its clients reconnect. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The real server (src/main.ts) in a child process, for tests that kill it. */
export class ChildServer {
  private child: ChildProcess | null = null;
  /** Everything the children started so far wrote to stdout. */
  output = '';
  /** Everything the children started so far wrote to stderr (a crash's stack trace). */
  errors = '';

  constructor(private readonly env: Record<string, string>) {}

  /** Starts the child and resolves once it listens. */
  start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: { ...process.env, HOST: '127.0.0.1', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
      this.errors += chunk.toString();
    });
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
      const onData = (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('Tavolo is ready')) {
          child.stdout?.off('data', onData);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.once('exit', (code) =>
        reject(new Error(`server exited (${code}) before ready: ${errors}`)),
      );
    });
  }

  /** The running child's process id; undefined once it has exited or was stopped. */
  get pid(): number | undefined {
    const child = this.child;
    return child && child.exitCode === null && child.signalCode === null ? child.pid : undefined;
  }

  /** Resolves with the exit code (or signal) when the running child exits by itself or is killed. */
  exited(): Promise<number | string | null> {
    const child = this.child;
    if (!child) return Promise.resolve(null);
    if (child.exitCode !== null || child.signalCode !== null)
      return Promise.resolve(child.exitCode ?? child.signalCode);
    return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  }

  /** Sends the running child a signal, leaving it to exit by itself. */
  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  /** Kills the child with `signal` and resolves with its exit code once it is gone. */
  stop(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return Promise.resolve(child?.exitCode ?? null);
    return new Promise((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });
  }
}
