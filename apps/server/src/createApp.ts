import type { Database } from 'better-sqlite3';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData } from 'ws';
import type { Config } from './config.js';
import { issueParticipantToken, parseJoinRequest } from './http/joinTable.js';
import { HttpError, readJson, sendJson } from './http/json.js';
import { createStaticHandler } from './http/staticFiles.js';
import type { Logger } from './log.js';
import type { DocStore } from './store/DocStore.js';
import { SqliteDocStore } from './store/SqliteDocStore.js';
import { Rooms } from './sync/Rooms.js';
import { CLOSE } from './sync/Socket.js';
import { WsSocket } from './sync/WsSocket.js';
import { TABLE_ID, TableRegistry } from './tables/TableRegistry.js';

/** A running Tavolo server. */
export interface App {
  readonly server: Server;
  readonly rooms: Rooms;
  readonly registry: TableRegistry;
  readonly store: DocStore;
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
  readonly now?: () => number;
}

const JOIN_PATH = /^\/api\/tables\/([^/]+)\/join$/;

/** Wires the HTTP API, the static client and the WebSocket sync onto one server. */
export function createApp(config: Config, deps: AppDeps): App {
  const { db, log, secret } = deps;
  const now = deps.now ?? Date.now;
  const store = new SqliteDocStore(db);
  const registry = new TableRegistry(db);
  const rooms = new Rooms({ store, log, compactEvery: config.compactEvery });
  const serveStatic = createStaticHandler(config.webDir);
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes });

  const server = createServer((req, res) => {
    void handleHttp(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) {
        sendJson(res, err.status, { code: err.code, message: err.message, fields: err.fields });
        return;
      }
      log.error('http_error', { url: req.url, error: String(err) });
      if (!res.headersSent) sendJson(res, 500, { code: 'internal', message: 'Internal error' });
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      sendJson(res, 200, { status: 'ok', rooms: rooms.size });
      return;
    }
    if (url.pathname === '/api/tables' && req.method === 'GET') {
      sendJson(res, 200, { tables: registry.list() });
      return;
    }
    const join = JOIN_PATH.exec(url.pathname);
    if (join && req.method === 'POST') {
      const tableId = decodeURIComponent(join[1] ?? '');
      if (!registry.find(tableId)) throw new HttpError(404, 'unknown_table', 'No such table.');
      const entry = parseJoinRequest(await readJson(req));
      const { token, claims } = issueParticipantToken(tableId, secret, now());
      log.info('participant_joined', { table: tableId, participant: claims.participantId });
      sendJson(res, 201, {
        token,
        participantId: claims.participantId,
        role: claims.role,
        ...entry,
      });
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      sendJson(res, 404, { code: 'not_found', message: 'No such API route.' });
      return;
    }
    if (await serveStatic(req, res)) return;
    sendJson(res, 404, { code: 'not_found', message: 'Not found.' });
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(SYNC_PATH)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const tableId = decodeURIComponent(url.pathname.slice(SYNC_PATH.length));
      if (!TABLE_ID.test(tableId) || !registry.find(tableId)) {
        ws.close(CLOSE.notFound, 'unknown table');
        return;
      }
      const sock = new WsSocket(ws);
      const room = rooms.join(tableId, sock);
      ws.on('message', (data: RawData) => room.receive(sock, toBytes(data)));
      ws.on('close', () => rooms.leave(room, sock));
      ws.on('error', (err) => log.warn('socket_error', { room: tableId, error: String(err) }));
    });
  });

  return {
    server,
    rooms,
    registry,
    store,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
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
