import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseConfig } from './config.js';
import { createApp } from './createApp.js';
import { seedDemo } from './demo/seedDemo.js';
import { loadOrCreateAdminKey } from './auth/adminKey.js';
import { loadOrCreateSecret } from './auth/tokens.js';
import { startupLinks } from './demo/startupLinks.js';
import { createLogger } from './log.js';
import { openScaleOut } from './scale/openScaleOut.js';
import { openDatabase } from './store/openDatabase.js';

const here = fileURLToPath(new URL('.', import.meta.url));

async function main() {
  const config = parseConfig(process.env, {
    cwd: process.cwd(),
    webDir: join(here, '../../web/dist'),
  });
  const log = createLogger();
  const db = openDatabase(join(config.dataDir, 'tavolo.sqlite'));
  const secret = process.env.TAVOLO_SECRET
    ? Buffer.from(process.env.TAVOLO_SECRET, 'utf8')
    : loadOrCreateSecret(config.dataDir);
  const admin = loadOrCreateAdminKey(config.dataDir, process.env.TAVOLO_ADMIN_KEY);
  const scale = openScaleOut(config, log);
  const app = await createApp(config, {
    db,
    log,
    secret,
    adminKey: admin.key,
    store: scale.store,
    catalogDb: scale.catalogDb,
    relay: scale.relay,
  });
  if (config.seedDemo && (await seedDemo(app.catalog))) {
    log.info('demo_seeded', { tables: (await app.registry.list()).length });
  }
  if (!existsSync(join(config.webDir, 'index.html'))) {
    log.warn('web_client_missing', { webDir: config.webDir, hint: 'run: pnpm build' });
  }
  const address = await app.listen();
  const base = `http://localhost:${address.port}`;
  const lines = [
    '',
    `  Tavolo è pronto / Tavolo is ready: ${base}`,
    `  Dati / data: ${config.dataDir}`,
    ...(await startupLinks(app.catalog, base, admin)),
  ];
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutdown', { signal });
    app
      .close()
      .then(() => scale.close())
      .then(() => db.close())
      .then(
        () => {
          log.info('stopped', { signal });
          process.exit(0);
        },
        (err: unknown) => {
          log.error('shutdown_failed', { error: String(err) });
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`Configurazione non valida / invalid configuration: ${err.message}\n`);
  } else {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
