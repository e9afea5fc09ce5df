import type { Metrics } from '../metrics/Metrics.js';
import type { Writer } from './authorizeUpdate.js';
import type { ConnectedViewer } from '../privacy/visibility.js';
import type { PresenceSender } from './AwarenessRelay.js';
import { ByteBudget } from './ByteBudget.js';
import { CLOSE, type Socket } from './Socket.js';

/** Who a connection is: how it writes, how others see its presence, and what it may see. */
export interface Member {
  readonly writer: Writer;
  readonly presence: PresenceSender;
  /**
   * Whose cut of the directory it receives (privacy/visibility.ts): its token's role, even
   * where the writer is made an observer (an archived event); the writer's role when absent.
   */
  readonly viewer?: ConnectedViewer;
}

interface Joined {
  readonly member: Member;
  /** Bytes of the frames it sent while the room was loading. */
  readonly early: ByteBudget;
  /**
   * Changes of phase or lock sent to it (PhaseGuard's epochs) and when: what was sent longer
   * than RECEIPT_MARGIN_MS ago has surely arrived; newer ones may still be on their way.
   */
  sent: Array<{ readonly epoch: number; readonly at: number }>;
}

/**
 * How long a change takes at most to reach a client: a write arriving sooner after the server
 * sent a change of phase or lock may have been made before the client received it.
 */
export const RECEIPT_MARGIN_MS = 10_000;

/**
 * The connections of one room and what the room owes them: sending (closing a reader too slow
 * to keep up, 1013), the frames they sent before the room was loaded (within their byte
 * budget), and closing them. `onLeave` lets the room forget what else it holds for a socket.
 */
export class RoomMembers {
  private readonly joined = new Map<Socket, Joined>();
  private early: Array<{ socket: Socket; data: Uint8Array }> = [];

  constructor(
    private readonly options: {
      readonly metrics: Metrics;
      /** A socket with more than this many bytes waiting to be sent is closed (1013). */
      readonly maxBufferedBytes: number;
      /** Early frames per socket, drawn from the room's budget. */
      readonly earlyPerSocket: number;
      readonly room: ByteBudget;
    },
    private readonly onLeave: (socket: Socket) => void,
  ) {}

  get size(): number {
    return this.joined.size;
  }

  get sockets(): IterableIterator<Socket> {
    return this.joined.keys();
  }

  memberOf(socket: Socket): Member | undefined {
    return this.joined.get(socket)?.member;
  }

  add(socket: Socket, member: Member): void {
    const early = new ByteBudget(this.options.earlyPerSocket, this.options.room);
    this.joined.set(socket, { member, early, sent: [] });
  }

  /** The last change of phase or lock a socket has surely received by `now`; -1: none. */
  epochSeen(socket: Socket, now: number): number {
    let seen = -1;
    for (const { epoch, at } of this.joined.get(socket)?.sent ?? []) {
      if (at <= now - RECEIPT_MARGIN_MS) seen = Math.max(seen, epoch);
    }
    return seen;
  }

  /** Notes that the board as of `epoch` was sent to a socket at `at`. */
  markSent(socket: Socket, epoch: number, at: number): void {
    const joined = this.joined.get(socket);
    if (!joined) return;
    joined.sent.push({ epoch, at });
    // Only the newest entry old enough to count, and what came after it, are ever needed.
    const settled = joined.sent.filter((s) => s.at <= at - RECEIPT_MARGIN_MS);
    if (settled.length > 1) joined.sent = joined.sent.slice(joined.sent.indexOf(settled.at(-1)!));
  }

  /** Keeps a frame that arrived before the room was loaded; false when over the budget. */
  holdEarly(socket: Socket, data: Uint8Array): boolean {
    const joined = this.joined.get(socket);
    if (!joined || !joined.early.take(data.length)) return false;
    this.early.push({ socket, data });
    return true;
  }

  /** The frames held while loading, in arrival order, their bytes given back. */
  takeEarly(): Array<{ socket: Socket; data: Uint8Array }> {
    const early = this.early;
    this.early = [];
    for (const { socket, data } of early) this.joined.get(socket)?.early.give(data.length);
    return early;
  }

  forgetEarly(): void {
    this.takeEarly();
  }

  /** Sends, or closes a consumer too slow to keep up: its backlog must not grow server memory. */
  send(socket: Socket, message: Uint8Array): void {
    if (!socket.isOpen) return;
    if (socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.drop(socket, CLOSE.tryAgainLater, 'connection too slow');
      return;
    }
    socket.send(message);
  }

  /** Sends to every socket but `except`. */
  broadcast(message: Uint8Array, except: Socket | null = null): void {
    for (const socket of this.joined.keys()) if (socket !== except) this.send(socket, message);
  }

  /** Removes a socket (not closing it); false when it was not here. */
  leave(socket: Socket): boolean {
    const joined = this.joined.get(socket);
    if (!joined) return false;
    this.joined.delete(socket);
    if (joined.early.used > 0) {
      this.early = this.early.filter((frame) => frame.socket !== socket);
      joined.early.give(joined.early.used);
    }
    this.onLeave(socket);
    return true;
  }

  /** Closes a socket with `code`, removing it first. */
  drop(socket: Socket, code: number, reason: string): void {
    this.leave(socket);
    this.options.metrics.closed(code);
    socket.close(code, reason);
  }

  /** Closes every socket with `code`. */
  dropAll(code: number, reason: string): void {
    for (const socket of [...this.joined.keys()]) this.drop(socket, code, reason);
  }
}
