import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { postgresCatalogDb } from '../catalog/CatalogDb.js';
import { PgDocStore } from '../store/PgDocStore.js';
import { RedisRelay } from './RedisRelay.js';

/**
 * The scale-out engines named by the configuration: PostgreSQL for documents when
 * TAVOLO_DATABASE_URL is set, Redis between instances when TAVOLO_REDIS_URL is set.
 */
export function openScaleOut(config: Config, log: Logger) {
  const pool = config.databaseUrl
    ? new pg.Pool({ connectionString: config.databaseUrl, max: 8 })
    : null;
  pool?.on('error', (err) => log.error('database_error', { error: String(err) }));
  const relay = config.redisUrl ? new RedisRelay(config.redisUrl, log) : undefined;
  if (pool || relay) {
    log.info('scale_out', { postgres: pool !== null, redis: relay !== undefined });
  }
  return {
    store: pool ? new PgDocStore(pool) : undefined,
    // Every instance sees the same events, tables and invitations.
    catalogDb: pool ? postgresCatalogDb(pool) : undefined,
    relay,
    async close() {
      await relay?.close();
      await pool?.end();
    },
  };
}
