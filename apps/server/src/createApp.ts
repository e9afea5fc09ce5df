import type { Database } from 'better-sqlite3';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { opensTable, TokenError, verifyToken } from './auth/tokens.js';
import type { Config } from './config.js';
import { Catalog } from './catalog/Catalog.js';
import { sqliteCatalogDb, type CatalogDb } from './catalog/CatalogDb.js';
import { createHttpServer } from './http/createHttpServer.js';
import type { Logger } from './log.js';
import { Metrics } from './metrics/Metrics.js';
import type { Relay } from './scale/Relay.js';
import type { DocStore } from './store/DocStore.js';
import { SqliteDocStore } from './store/SqliteDocStore.js';
import { RateLimiter } from './sync/RateLimiter.js';
import { Rooms } from './sync/Rooms.js';
import { CLOSE } from './sync/Socket.js';
import { WsSocket } from './sync/WsSocket.js';
import { TABLE_ID, type TableRegistry } from './tables/TableRegistry.js';

/** A running Tavolo server. */
export interface App {
  readonly server: Server;
  readonly rooms: Rooms;
  readonly registry: TableRegistry;
  readonly catalog: Catalog;
  readonly store: DocStore;
  readonly metrics: Metrics;
  listen(): Promise<AddressInfo>;
  /** Stops accepting, closes every connection, stores every room. */
  close(): Promise<void>;
}

/** Path prefix of the WebSocket endpoint: /sync/<tableId>. */
export const SYNC_PATH = '/sync/';

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
  const rooms = new Rooms({
    store,
    log,
    metrics,
    compactEvery: config.compactEvery,
    awarenessBatchMs: config.awarenessBatchMs,
    maxBufferedBytes: config.maxBufferedBytes,
    relay: deps.relay,
  });
  const catalog = await Catalog.open(deps.catalogDb ?? sqliteCatalogDb(db), store, rooms, secret);
  const registry = catalog.tables;
  const apiDeps = { catalog, adminKey: deps.adminKey, log, now, publicUrl: config.publicUrl };
  // Frames up to 4x the limit are read and refused with 4413; ws itself cuts larger ones (1009)
  // before buffering them, so a huge frame never reaches memory.
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes * 4 });
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

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(SYNC_PATH)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    let tableId: string;
    try {
      tableId = decodeURIComponent(url.pathname.slice(SYNC_PATH.length));
    } catch {
      // A malformed %-escape used to throw here, outside any handler, and stop the process.
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    // Look the table up before upgrading: once upgraded, frames arrive with nobody to take them.
    lookUp(tableId).then(
      (found) => wss.handleUpgrade(req, socket, head, (ws) => admit(ws, url, tableId, found)),
      (err: unknown) => {
        // The catalogue is unreachable: answer the upgrade with 503; the client retries.
        log.error('upgrade_lookup_failed', { room: tableId, error: String(err) });
        socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      },
    );
  });

  async function lookUp(tableId: string) {
    const table = TABLE_ID.test(tableId) ? await registry.find(tableId) : undefined;
    return table ? { table, archived: await catalog.isArchived(table) } : null;
  }

  function admit(
    ws: WebSocket,
    url: URL,
    tableId: string,
    found: Awaited<ReturnType<typeof lookUp>>,
  ) {
    {
      const refuse = (code: number, reason: string) => {
        metrics.closed(code);
        ws.close(code, reason);
      };
      if (!accepting) return refuse(CLOSE.serviceRestart, 'server stopping');
      let claims;
      try {
        claims = verifyToken(url.searchParams.get('token'), secret, now());
      } catch (err) {
        if (!(err instanceof TokenError)) throw err;
        return refuse(CLOSE.unauthorised, err.code);
      }
      if (!opensTable(claims, tableId)) return refuse(CLOSE.forbidden, 'token_for_other_table');
      if (!found) return refuse(CLOSE.notFound, 'unknown table');
      // An archived event's boards are read-only for everyone, whatever their token says.
      const role = found.archived ? 'observer' : claims.role;
      const sock = new WsSocket(ws);
      const limiter = new RateLimiter(config.rateLimit.perSecond, config.rateLimit.burst, now);
      const room = rooms.join(tableId, sock, {
        role,
        participantId: claims.participantId,
      });
      metrics.connections++;
      ws.on('message', (data: RawData) => {
        const bytes = toBytes(data);
        if (bytes.length > config.maxMessageBytes) {
          rooms.leave(room, sock);
          return refuse(CLOSE.tooLarge, 'message too large');
        }
        if (!limiter.take()) {
          rooms.leave(room, sock);
          return refuse(CLOSE.tooManyRequests, 'rate limited');
        }
        room.receive(sock, bytes);
      });
      ws.on('close', () => {
        metrics.connections--;
        rooms.leave(room, sock);
      });
      ws.on('error', (err) => log.warn('socket_error', { room: tableId, error: String(err) }));
    }
  }

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
    close: async () => {
      accepting = false;
      const closed = http.close();
      for (const ws of wss.clients) ws.close(CLOSE.serviceRestart, 'server restarting');
      await rooms.closeAll();
      wss.close();
      server.closeAllConnections();
      await closed;
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
