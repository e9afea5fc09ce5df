import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAdminKey } from '../auth/adminKey.js';
import { CliError, runCli } from './cli.js';

// pnpm runs this in apps/server; paths the operator typed are relative to where they typed them.
const cwd = process.env.INIT_CWD || process.cwd();
const repoData = fileURLToPath(new URL('../../../../data', import.meta.url));
const dataDir = process.env.TAVOLO_DATA_DIR ? resolve(cwd, process.env.TAVOLO_DATA_DIR) : repoData;

runCli(process.argv.slice(2), {
  env: process.env,
  cwd,
  out: (line) => process.stdout.write(line + '\n'),
  fileKey: () => readAdminKey(dataDir),
}).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof CliError ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
