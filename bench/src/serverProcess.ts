import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@tavolo/server';

const SERVER_DIR = fileURLToPath(new URL('../../apps/server', import.meta.url));

/** Our server as shipped (src/main.ts, SQLite in a fresh folder), optionally pinned to a core. */
export async function startOurServer(options: {
  secret: string;
  core?: number;
  env?: Record<string, string>;
}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tavolo-bench-'));
  const command = options.core === undefined ? [] : ['taskset', '-c', String(options.core)];
  const argv = [...command, process.execPath, '--import', 'tsx', 'src/main.ts'];
  const child: ChildProcess = spawn(argv[0]!, argv.slice(1), {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TAVOLO_DATA_DIR: dataDir,
      TAVOLO_SECRET: options.secret,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Tavolo is ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    port,
    pid: child.pid!,
    /** CPU seconds (user + system) the server process has used so far (Linux /proc). */
    cpuSeconds(): number {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
