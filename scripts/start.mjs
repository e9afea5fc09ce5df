// `npm start`: install everything, build the client, start Tavolo on its embedded default.
import { spawn } from 'node:child_process';
import { findPnpm, install, ROOT, run } from './lib/workspace.mjs';

const pnpm = findPnpm();
const [cmd, ...pre] = pnpm;
await install(pnpm);
if ((await run(cmd, [...pre, '--filter', '@tavolo/web', 'build'])) !== 0) {
  console.error('Building the web client failed.');
  process.exit(1);
}
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: `${ROOT}/apps/server`,
  stdio: 'inherit',
  env: { ...process.env, TAVOLO_DATA_DIR: process.env.TAVOLO_DATA_DIR || `${ROOT}/data` },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
