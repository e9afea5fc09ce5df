// Shared by start.mjs, test.mjs and dev.mjs: find or install pnpm, install the workspace, run.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PNPM_VERSION = '10.34.9';

function works(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore', shell: process.platform === 'win32' });
  return result.status === 0;
}

/** The pnpm to use: the installed one, else a global install via npm, else npx. */
export function findPnpm() {
  if (works('pnpm', ['--version'])) return ['pnpm'];
  console.log(`pnpm not found: installing pnpm@${PNPM_VERSION} with npm…`);
  if (
    works('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]) &&
    works('pnpm', ['--version'])
  ) {
    return ['pnpm'];
  }
  console.log('Global install not possible here; using npx instead.');
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

/** Runs a command in the repository, inheriting the terminal; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32',
      ...options,
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
    child.on('error', (err) => {
      console.error(`${command}: ${err.message}`);
      resolvePromise(1);
    });
  });
}

/** Installs the workspace exactly as locked; exits on failure. */
export async function install(pnpm) {
  const [cmd, ...pre] = pnpm;
  const code = await run(cmd, [...pre, 'install', '--frozen-lockfile']);
  if (code !== 0) {
    console.error('Installing dependencies failed: see the messages above.');
    process.exit(code);
  }
}
