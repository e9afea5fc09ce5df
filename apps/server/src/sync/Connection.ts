import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/Metrics.js';
import { decodeClientMessage, MESSAGE } from './protocol.js';
import { RateLimiter } from './RateLimiter.js';
import type { Member, Room } from './Room.js';
import type { Rooms } from './Rooms.js';
import { CLOSE, type Socket } from './Socket.js';

/** Timers, injectable so tests drive token expiry with a fake clock. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

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
  readonly timers: Timers;
  /**
   * Checks a renewed token presented on the open socket (an auth message): resolves with its
   * expiry when it is for the same person, table and role and still valid, else with the 4401
   * reason.
   */
  readonly renew: (token: string) => Promise<number | string>;
}

/** Longest a timer may be set for in Node; later expiries are re-armed on the way. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One admitted socket: the guarded place where every frame from the client enters. Frames are
 * bounded in size and rate (messages and bytes) before anything is decoded; the room handles
 * the rest. An exception that escapes the room is a bug: it closes this socket (1011) with a
 * log line and never reaches the process. The socket is closed when its token expires (4401
 * token_expired) or its invitation is revoked (4401 token_revoked), unless a renewed token
 * arrived in time.
 */
export class Connection {
  private readonly messageRate: RateLimiter;
  private readonly byteRate: RateLimiter;
  private expiry: unknown = null;
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
    this.armExpiry();
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
    this.disarm();
    this.context.rooms.leave(this.room, this.socket);
    this.context.metrics.closed(code);
    this.socket.close(code, reason);
  }

  /** The client went away: leave the room, stop the timer. */
  ended(): void {
    this.open = false;
    this.disarm();
    this.context.rooms.leave(this.room, this.socket);
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
        this.armExpiry();
      },
      (err: unknown) => this.fail(err),
    );
  }

  private armExpiry(): void {
    this.disarm();
    const wait = this.expiresAt - this.context.now();
    if (wait <= 0) {
      this.close(CLOSE.unauthorised, 'token_expired');
      return;
    }
    this.expiry = this.context.timers.setTimeout(
      () => {
        this.expiry = null;
        if (this.open) this.armExpiry();
      },
      Math.min(wait, MAX_TIMER_MS),
    );
  }

  private disarm(): void {
    if (this.expiry !== null) this.context.timers.clearTimeout(this.expiry);
    this.expiry = null;
  }
}
