import type { Database } from 'better-sqlite3';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { Catalog } from './catalog/Catalog.js';
import { sqliteCatalogDb, type CatalogDb } from './catalog/CatalogDb.js';
import { HttpError, isStorageFull, sendJson } from './http/json.js';
import { paperRoutes } from './http/paperRoutes.js';
import { publicRoutes } from './http/publicRoutes.js';
import { Router } from './http/router.js';
import { secretariatRoutes } from './http/secretariatRoutes.js';
import { createStaticHandler } from './http/staticFiles.js';
import type { Logger } from './log.js';
import { Metrics } from './metrics/Metrics.js';
import type { Relay } from './scale/Relay.js';
import type { DocStore } from './store/DocStore.js';
import { SqliteDocStore } from './store/SqliteDocStore.js';
import { ConnectionAcceptor } from './sync/acceptConnection.js';
import { ByteBudget } from './sync/ByteBudget.js';
import { Rooms } from './sync/Rooms.js';
import type { TableRegistry } from './tables/TableRegistry.js';

export { SYNC_PATH } from './sync/acceptConnection.js';

/** A running Tavolo server. */
export interface App {
  readonly server: Server;
  readonly rooms: Rooms;
  readonly registry: TableRegistry;
  readonly catalog: Catalog;
  readonly store: DocStore;
  readonly metrics: Metrics;
  /** The WebSocket connection path and its open connections. */
  readonly connections: ConnectionAcceptor;
  listen(): Promise<AddressInfo>;
  /** Stops accepting, closes every connection, stores every room. */
  close(): Promise<void>;
}

/** What the app runs on, besides its configuration. */
export interface AppDeps {
  readonly db: Database;
  readonly log: Logger;
  /** Key that signs and verifies tokens. */
  readonly secret: Uint8Array;
  /** The secretariat's key for the REST API. */
  readonly adminKey: string;
  readonly now?: () => number;
  /** Where documents are kept; by default the SQLite database `db`. */
  readonly store?: DocStore;
  /** Where events, tables and invitations are kept; by default the SQLite database `db`. */
  readonly catalogDb?: CatalogDb;
  /** Links this instance to others hosting the same tables (scale-out). */
  readonly relay?: Relay;
}

/** Wires the HTTP API, the static client and the WebSocket sync onto one server. */
export async function createApp(config: Config, deps: AppDeps): Promise<App> {
  const { db, log, secret } = deps;
  const now = deps.now ?? Date.now;
  const store = deps.store ?? new SqliteDocStore(db);
  const metrics = new Metrics();
  const bounds = config.bounds;
  const rooms = new Rooms(
    {
      store,
      log,
      metrics,
      compactEvery: config.compactEvery,
      awarenessBatchMs: config.awarenessBatchMs,
      maxBufferedBytes: config.maxBufferedBytes,
      limits: {
        heldPerSocket: bounds.heldPerConnection,
        heldPerRoom: bounds.heldPerRoom,
        heldInProcess: new ByteBudget(bounds.heldInProcess),
        maxBoardBytes: bounds.maxBoardBytes,
      },
      relay: deps.relay,
    },
    { perRoom: bounds.queuedPerRoom, inProcess: bounds.queuedInProcess, sweepMs: 250 },
  );
  const catalog = await Catalog.open(deps.catalogDb ?? sqliteCatalogDb(db), store, rooms, secret);
  const registry = catalog.tables;
  const router = new Router();
  const apiDeps = { catalog, adminKey: deps.adminKey, log, now, publicUrl: config.publicUrl };
  publicRoutes(router, apiDeps, secret);
  secretariatRoutes(router, apiDeps);
  paperRoutes(router, apiDeps, rooms, store, secret);
  const serveStatic = createStaticHandler(config.webDir);
  let accepting = true;

  const server = createServer((req, res) => {
    void handleHttp(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) {
        sendJson(res, err.status, { code: err.code, message: err.message, fields: err.fields });
        return;
      }
      if (isStorageFull(err)) {
        // The write was rolled back: say so, and that trying later (once space is freed) is right.
        log.error('storage_full', { url: req.url, error: String(err) });
        if (!res.headersSent)
          sendJson(res, 507, {
            code: 'storage_full',
            message: 'Storage is full; nothing was changed.',
          });
        return;
      }
      log.error('http_error', { url: req.url, error: String(err) });
      if (!res.headersSent) sendJson(res, 500, { code: 'internal', message: 'Internal error' });
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      sendJson(res, accepting ? 200 : 503, {
        status: accepting ? 'ok' : 'stopping',
        rooms: rooms.size,
        connections: metrics.connections,
      });
      return;
    }
    if (url.pathname === '/metrics') {
      const text = metrics.render();
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
      res.end(text);
      return;
    }
    if (await router.handle(req, res, url)) return;
    if (url.pathname.startsWith('/api/')) {
      sendJson(res, 404, { code: 'not_found', message: 'No such API route.' });
      return;
    }
    if (await serveStatic(req, res)) return;
    sendJson(res, 404, { code: 'not_found', message: 'Not found.' });
  }

  const acceptor = new ConnectionAcceptor({
    rooms,
    catalog,
    secret,
    log,
    metrics,
    now,
    limits: {
      maxMessageBytes: config.maxMessageBytes,
      messages: { perSecond: config.rateLimit.perSecond, burst: config.rateLimit.burst },
      bytes: { perSecond: config.rateLimit.bytesPerSecond, burst: config.rateLimit.bytesBurst },
    },
  });
  server.on('upgrade', acceptor.onUpgrade);

  return {
    server,
    rooms,
    registry,
    catalog,
    store,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    metrics,
    connections: acceptor,
    close: async () => {
      accepting = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      acceptor.stop();
      await rooms.closeAll();
      server.closeAllConnections();
      await closed;
    },
  };
}
