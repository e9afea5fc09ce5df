// `pnpm dev`: the server restarting on change, and Vite with hot reload on :5173.
import { spawn } from 'node:child_process';
import { findPnpm, install, ROOT } from './lib/workspace.mjs';

const pnpm = findPnpm();
const [cmd, ...pre] = pnpm;
await install(pnpm);
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'src/main.ts'], {
    cwd: `${ROOT}/apps/server`,
    stdio: 'inherit',
    env: { ...process.env, TAVOLO_DATA_DIR: process.env.TAVOLO_DATA_DIR || `${ROOT}/data` },
  }),
  spawn(cmd, [...pre, '--filter', '@tavolo/web', 'dev'], { cwd: ROOT, stdio: 'inherit' }),
];
console.log('\n  Sviluppo / dev: http://localhost:5173 (hot reload; API on :8080)\n');
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exit(code ?? 0);
  });
