import type { Database } from 'better-sqlite3';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { Catalog } from './catalog/Catalog.js';
import { sqliteCatalogDb, type CatalogDb } from './catalog/CatalogDb.js';
import { createHttpServer } from './http/createHttpServer.js';
import type { Logger } from './log.js';
import { Metrics } from './metrics/Metrics.js';
import type { Relay } from './scale/Relay.js';
import type { DocStore } from './store/DocStore.js';
import { SqliteDocStore } from './store/SqliteDocStore.js';
import { ConnectionAcceptor } from './sync/acceptConnection.js';
import { ByteBudget } from './sync/ByteBudget.js';
import type { RoomPeople } from './sync/RoomDirectory.js';
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
  const catalogDb = deps.catalogDb ?? sqliteCatalogDb(db);
  // Rooms read people from the catalogue, which needs the rooms: bound once both exist (a room
  // loads only on a connection, which the catalogue admits).
  let opened: Catalog | null = null;
  const catalogue = () => {
    if (!opened) throw new Error('the catalogue is not open yet');
    return opened;
  };
  const people: RoomPeople = {
    list: (tableId) => catalogue().people.list(tableId),
    onChange: (listener) => catalogue().people.onChange(listener),
    adoptLegacy: (tableId, legacy) => catalogue().people.adoptLegacy(tableId, legacy, now()),
    afterErase: () => catalogDb.afterErase(),
  };
  const rooms = new Rooms(
    {
      store,
      log,
      metrics,
      compactEvery: config.compactEvery,
      awarenessBatchMs: config.awarenessBatchMs,
      phaseGraceMs: config.phaseGraceMs,
      maxBufferedBytes: config.maxBufferedBytes,
      limits: {
        heldPerSocket: bounds.heldPerConnection,
        heldPerRoom: bounds.heldPerRoom,
        heldInProcess: new ByteBudget(bounds.heldInProcess),
        maxBoardBytes: bounds.maxBoardBytes,
      },
      relay: deps.relay,
      people,
    },
    { perRoom: bounds.queuedPerRoom, inProcess: bounds.queuedInProcess, sweepMs: 250 },
  );
  const catalog = await Catalog.open(catalogDb, store, rooms, secret);
  opened = catalog;
  const registry = catalog.tables;
  const apiDeps = { catalog, adminKey: deps.adminKey, log, now, publicUrl: config.publicUrl };
  let accepting = true;

  const http = await createHttpServer({
    config,
    api: apiDeps,
    rooms,
    store,
    metrics,
    secret,
    accepting: () => accepting,
  });
  // WebSocket upgrades stay on ws, attached to Fastify's Node server.
  const server = http.server;

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
    listen: async () => {
      await http.listen({ port: config.port, host: config.host });
      return server.address() as AddressInfo;
    },
    metrics,
    connections: acceptor,
    close: async () => {
      accepting = false;
      const closed = http.close();
      acceptor.stop();
      await rooms.closeAll();
      server.closeAllConnections();
      await closed;
    },
  };
}
