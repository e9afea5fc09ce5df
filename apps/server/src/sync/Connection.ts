import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/Metrics.js';
import { decodeClientMessage, MESSAGE } from './protocol.js';
import { RateLimiter } from './RateLimiter.js';
import type { Room } from './Room.js';
import type { Member } from './RoomMembers.js';
import type { Rooms } from './Rooms.js';
import { CLOSE, type Socket } from './Socket.js';

/** The bounds every connection lives within. */
export interface ConnectionLimits {
  readonly maxMessageBytes: number;
  /** Messages per second on average, and in a burst. */
  readonly messages: { readonly perSecond: number; readonly burst: number };
  /** Bytes per second on average, and in a burst (at least one largest message). */
  readonly bytes: { readonly perSecond: number; readonly burst: number };
}

/** What a connection needs around it. */
export interface ConnectionContext {
  readonly rooms: Rooms;
  readonly limits: ConnectionLimits;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly now: () => number;
  /**
   * Checks a renewed token presented on the open socket (an auth message): resolves with its
   * expiry when it is for the same person, table and role and still valid, else with the 4401
   * reason.
   */
  readonly renew: (token: string) => Promise<number | string>;
}

/**
 * One admitted socket: the guarded place where every frame from the client enters. Frames are
 * bounded in size and rate (messages and bytes) before anything is decoded; the room handles
 * the rest. An exception that escapes the room is a bug: it closes this socket (1011) with a
 * log line and never reaches the process. The socket is closed when its token expires (4401
 * token_expired; the acceptor checks every connection periodically, see `expireIfDue`) or its
 * invitation is revoked (4401 token_revoked), unless a renewed token arrived in time.
 */
export class Connection {
  private readonly messageRate: RateLimiter;
  private readonly byteRate: RateLimiter;
  private open = true;

  constructor(
    readonly socket: Socket,
    readonly room: Room,
    readonly member: Member,
    /** The invitation its token came from, for revocation; null when none. */
    readonly invitationId: string | null,
    private expiresAt: number,
    private readonly context: ConnectionContext,
  ) {
    const { limits, now } = context;
    this.messageRate = new RateLimiter(limits.messages.perSecond, limits.messages.burst, now);
    this.byteRate = new RateLimiter(limits.bytes.perSecond, limits.bytes.burst, now);
  }

  get participantId(): string {
    return this.member.writer.participantId;
  }

  /** Handles one frame from the client. Never throws. */
  receive(data: Uint8Array): void {
    if (!this.open) return;
    try {
      const limits = this.context.limits;
      if (data.length > limits.maxMessageBytes) {
        this.close(CLOSE.tooLarge, 'message too large');
      } else if (!this.messageRate.take() || !this.byteRate.take(data.length)) {
        this.close(CLOSE.tooManyRequests, 'rate limited');
      } else if (data[0] === MESSAGE.auth) {
        this.renewFrom(data);
      } else {
        this.room.receive(this.socket, data);
      }
    } catch (err) {
      this.fail(err);
    }
  }

  /** Closes the socket (leaving the room first). */
  close(code: number, reason: string): void {
    if (!this.open) return;
    this.open = false;
    this.context.rooms.leave(this.room, this.socket);
    this.context.metrics.closed(code);
    this.socket.close(code, reason);
  }

  /** The client went away: leave the room. */
  ended(): void {
    this.open = false;
    this.context.rooms.leave(this.room, this.socket);
  }

  /**
   * Closes the socket once its token has expired. Called for every connection periodically
   * (one shared timer, not one per connection: a timer of its own duration per socket would
   * leave Node a timer list per distinct duration until it fires, days later).
   */
  expireIfDue(): void {
    if (this.open && this.expiresAt <= this.context.now()) {
      this.close(CLOSE.unauthorised, 'token_expired');
    }
  }

  private fail(err: unknown): void {
    this.context.log.error('connection_failed', {
      room: this.room.name,
      participant: this.participantId,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    this.close(CLOSE.internalError, 'internal error');
  }

  private renewFrom(data: Uint8Array): void {
    let token: string;
    try {
      const message = decodeClientMessage(data);
      if (message.type !== 'auth') throw new Error('not an auth message');
      token = message.token;
    } catch {
      this.close(CLOSE.badRequest, 'malformed message');
      return;
    }
    this.context.renew(token).then(
      (result) => {
        if (!this.open) return;
        if (typeof result === 'string') return this.close(CLOSE.unauthorised, result);
        this.expiresAt = Math.max(this.expiresAt, result);
      },
      (err: unknown) => this.fail(err),
    );
  }
}
