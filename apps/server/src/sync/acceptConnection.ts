import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { opensTable, TokenError, verifyToken, type TokenClaims } from '../auth/tokens.js';
import type { Catalog } from '../catalog/Catalog.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/Metrics.js';
import { TABLE_ID } from '../tables/TableRegistry.js';
import { Connection, type ConnectionLimits } from './Connection.js';
import type { Member } from './RoomMembers.js';
import type { Rooms } from './Rooms.js';
import { CLOSE } from './Socket.js';
import { WsSocket } from './WsSocket.js';

/** Path prefix of the WebSocket endpoint: /sync/<tableId>. */
export const SYNC_PATH = '/sync/';

/** What the connection path works with. */
export interface AcceptDeps {
  readonly rooms: Rooms;
  readonly catalog: Catalog;
  readonly secret: Uint8Array;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly limits: ConnectionLimits;
  readonly now: () => number;
  /** Runs `check` every `ms`; injectable so tests drive token expiry with a fake clock. */
  readonly every?: (check: () => void, ms: number) => () => void;
}

/** How often open connections are checked for an expired token. */
export const EXPIRY_CHECK_MS = 5_000;

/** What to do with an upgrade request, decided before the socket is upgraded. */
export type Decision =
  /** Answer on the raw socket with an HTTP status, without upgrading. */
  | { readonly kind: 'http'; readonly status: number; readonly text: string }
  /** Upgrade, then close at once with this code (a browser sees close codes, not statuses). */
  | { readonly kind: 'close'; readonly code: number; readonly reason: string }
  | {
      readonly kind: 'join';
      readonly tableId: string;
      readonly claims: TokenClaims;
      readonly member: Member;
      readonly invitationId: string | null;
    };

/**
 * Decides an upgrade request from its target alone: the path and its percent-encoding, the
 * token (signature, expiry, table), then the catalogue (the table, its event archived or not,
 * the person still recorded, the invitation not revoked). Nothing here trusts the client: who
 * writes is the token's person, an archived event's boards are read-only.
 */
export async function decide(target: string | undefined, deps: AcceptDeps): Promise<Decision> {
  const parsed = parseTarget(target);
  if (!parsed) return { kind: 'http', status: 400, text: 'Bad Request' };
  if (parsed === 'elsewhere') return { kind: 'http', status: 404, text: 'Not Found' };
  const { tableId, token } = parsed;
  let claims: TokenClaims;
  try {
    claims = verifyToken(token, deps.secret, deps.now());
  } catch (err) {
    if (!(err instanceof TokenError)) throw err;
    return { kind: 'close', code: CLOSE.unauthorised, reason: err.code };
  }
  if (!opensTable(claims, tableId)) {
    return { kind: 'close', code: CLOSE.forbidden, reason: 'token_for_other_table' };
  }
  const table = TABLE_ID.test(tableId) ? await deps.catalog.tables.find(tableId) : undefined;
  if (!table) return { kind: 'close', code: CLOSE.notFound, reason: 'unknown table' };
  const session = await deps.catalog.session(claims);
  if (typeof session === 'string')
    return { kind: 'close', code: CLOSE.unauthorised, reason: session };
  // An archived event's boards are read-only for everyone, whatever their token says.
  const role = (await deps.catalog.isArchived(table)) ? 'observer' : claims.role;
  const member: Member = {
    writer: { role, participantId: claims.participantId },
    presence: { owner: claims.participantId, user: { id: claims.participantId, role } },
    viewer: { role: claims.role, participantId: claims.participantId },
  };
  return { kind: 'join', tableId, claims, member, invitationId: session.invitationId };
}

/** The table id and token of a request target, `elsewhere` for another path, null if malformed. */
export function parseTarget(
  target: string | undefined,
): { tableId: string; token: string | null } | 'elsewhere' | null {
  if (!target || !target.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(target, 'http://localhost');
  } catch {
    return null;
  }
  if (!url.pathname.startsWith(SYNC_PATH)) return 'elsewhere';
  try {
    const tableId = decodeURIComponent(url.pathname.slice(SYNC_PATH.length));
    return { tableId, token: url.searchParams.get('token') };
  } catch {
    return null;
  }
}

/**
 * The connection path: upgrade requests in, admitted connections out. Keeps every open
 * connection so that revoking an invitation, or stopping the server, closes the right ones.
 */
export class ConnectionAcceptor {
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<Connection>();
  private accepting = true;
  private readonly stopChecking: () => void;
  private readonly stopListening: () => void;

  constructor(private readonly deps: AcceptDeps) {
    // Frames up to 4x the limit are read and refused with 4413; ws itself cuts larger ones
    // (1009) before buffering them, so a huge frame never reaches memory.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: deps.limits.maxMessageBytes * 4 });
    const every =
      deps.every ??
      ((check, ms) => {
        const timer = setInterval(check, ms).unref();
        return () => clearInterval(timer);
      });
    this.stopChecking = every(() => this.expireDue(), EXPIRY_CHECK_MS);
    this.stopListening = deps.catalog.onInvitationRevoked((id) =>
      this.closeWhere((c) => c.invitationId === id, CLOSE.unauthorised, 'token_revoked'),
    );
  }

  /** Open connections. */
  get size(): number {
    return this.connections.size;
  }

  /** The HTTP server's 'upgrade' listener. Never throws; a failure answers this request only. */
  readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Node removes its own error listener from an upgraded socket: without this one, a client
    // resetting the connection while the catalogue is read would be an uncaught error.
    socket.on('error', (err) => this.deps.log.warn('upgrade_socket_error', { error: String(err) }));
    if (!this.accepting) return answer(socket, 503, 'Service Unavailable');
    decide(req.url, this.deps).then(
      (decision) => {
        if (decision.kind === 'http') return answer(socket, decision.status, decision.text);
        if (socket.destroyed) return;
        this.wss.handleUpgrade(req, socket, head, (ws) => this.admit(ws, decision));
      },
      (err: unknown) => {
        // The catalogue is unreachable: answer the upgrade with 503; the client retries.
        this.deps.log.error('upgrade_lookup_failed', { error: String(err) });
        answer(socket, 503, 'Service Unavailable');
      },
    );
  };

  private admit(ws: WebSocket, decision: Exclude<Decision, { kind: 'http' }>): void {
    ws.on('error', (err) => this.deps.log.warn('socket_error', { error: String(err) }));
    if (decision.kind === 'close' || !this.accepting) {
      const [code, reason] =
        decision.kind === 'close'
          ? [decision.code, decision.reason]
          : [CLOSE.serviceRestart, 'server stopping'];
      this.deps.metrics.closed(code);
      ws.close(code, reason);
      return;
    }
    const sock = new WsSocket(ws);
    const room = this.deps.rooms.join(decision.tableId, sock, decision.member);
    const connection = new Connection(
      sock,
      room,
      decision.member,
      decision.invitationId,
      decision.claims.exp,
      {
        rooms: this.deps.rooms,
        limits: this.deps.limits,
        log: this.deps.log,
        metrics: this.deps.metrics,
        now: this.deps.now,
        renew: (token) => this.renewal(token, decision),
      },
    );
    this.connections.add(connection);
    this.deps.metrics.connections++;
    ws.on('message', (data: RawData) => connection.receive(toBytes(data)));
    ws.on('close', () => {
      this.deps.metrics.connections--;
      this.connections.delete(connection);
      connection.ended();
    });
  }

  /** A renewed token presented on an open socket: its expiry, or why it is refused. */
  private async renewal(
    token: string,
    joined: Extract<Decision, { kind: 'join' }>,
  ): Promise<number | string> {
    let claims: TokenClaims;
    try {
      claims = verifyToken(token, this.deps.secret, this.deps.now());
    } catch (err) {
      if (err instanceof TokenError) return err.code;
      throw err;
    }
    const first = joined.claims;
    if (
      claims.participantId !== first.participantId ||
      claims.role !== first.role ||
      claims.tableId !== first.tableId
    ) {
      return 'token_for_other_session';
    }
    const session = await this.deps.catalog.session(claims);
    return typeof session === 'string' ? session : claims.exp;
  }

  /** Closes the connections whose token has expired (4401 token_expired). */
  expireDue(): void {
    for (const connection of [...this.connections]) connection.expireIfDue();
  }

  /** Closes every open connection matching `which`. */
  closeWhere(which: (connection: Connection) => boolean, code: number, reason: string): void {
    for (const connection of [...this.connections]) {
      if (which(connection)) connection.close(code, reason);
    }
  }

  /** Stops accepting and closes every connection (1012: clients reconnect to the next server). */
  stop(): void {
    this.accepting = false;
    this.stopChecking();
    this.stopListening();
    this.closeWhere(() => true, CLOSE.serviceRestart, 'server restarting');
    this.wss.close();
  }
}

function answer(socket: Duplex, status: number, text: string): void {
  if (socket.destroyed) return;
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function toBytes(data: RawData): Uint8Array {
  // A copy into its own buffer: nothing downstream can read past the frame into ws's pool.
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  return new Uint8Array(data);
}
