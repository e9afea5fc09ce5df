import * as Y from 'yjs';
import { applyStored, changeOf } from '../store/storedDoc.js';
import { DEFAULT_GRACE_MS, PhaseMemory } from './PhaseGuard.js';
import { Room } from './Room.js';
import type { RoomOptions } from './roomOptions.js';
import type { Member } from './RoomMembers.js';
import { CLOSE, type Socket } from './Socket.js';

/** Bounds of what waits to be sent, summed over sockets. */
export interface SendLimits {
  /** Bytes queued for the sockets of one room. */
  readonly perRoom: number;
  /** Bytes queued for every socket of the process. */
  readonly inProcess: number;
  /** How often the sums are taken, in milliseconds. */
  readonly sweepMs: number;
}

/**
 * The set of loaded rooms. A room is created on its first join and closed (state stored,
 * document freed) when its last socket leaves. A join that arrives while the previous
 * instance of the room is closing gets a new instance that loads after the close completes.
 */
export class Rooms {
  private readonly open = new Map<string, Room>();
  private readonly closing = new Map<string, Promise<void>>();
  private sweeper: ReturnType<typeof setInterval> | null = null;

  private readonly options: RoomOptions;

  constructor(
    options: RoomOptions,
    private readonly sendLimits: SendLimits | null = null,
  ) {
    // One memory for the process: a room's next instance learns when writes stopped.
    const phaseMemory =
      options.phaseMemory ?? new PhaseMemory(options.phaseGraceMs ?? DEFAULT_GRACE_MS);
    this.options = { ...options, phaseMemory };
  }

  /** Number of loaded rooms. */
  get size(): number {
    return this.open.size;
  }

  /** Joins `socket` of `member` to the room `name`, creating the room when needed. */
  join(name: string, socket: Socket, member: Member): Room {
    let room = this.open.get(name);
    if (!room) {
      room = new Room(name, this.options, this.closing.get(name));
      this.open.set(name, room);
      this.options.metrics.rooms = this.open.size;
      this.startSweeping();
    }
    room.join(socket, member);
    if (room.size === 0) void this.release(room);
    return room;
  }

  /** Removes `socket` from `room`, closing the room when it was the last one. */
  leave(room: Room, socket: Socket): void {
    room.leave(socket);
    if (room.size === 0) void this.release(room);
  }

  /** The loaded room `name`, if any. */
  get(name: string): Room | undefined {
    return this.open.get(name);
  }

  private release(room: Room): Promise<void> {
    if (this.open.get(room.name) !== room) return this.closing.get(room.name) ?? Promise.resolve();
    this.open.delete(room.name);
    this.options.metrics.rooms = this.open.size;
    const previous = this.closing.get(room.name) ?? Promise.resolve();
    const done = previous
      .then(() => room.close())
      .catch((err: unknown) => {
        this.options.log.error('room_close_failed', { room: room.name, error: String(err) });
      });
    const tracked = done.finally(() => {
      if (this.closing.get(room.name) === tracked) this.closing.delete(room.name);
    });
    this.closing.set(room.name, tracked);
    return tracked;
  }

  /**
   * Applies a server-side change to a table's document: through its room when loaded (stored,
   * then relayed), else straight to storage.
   */
  async change(name: string, change: (doc: Y.Doc) => void): Promise<void> {
    const room = this.open.get(name);
    if (room) return room.changeLocally(change);
    await this.closing.get(name);
    const doc = applyStored(new Y.Doc(), await this.options.store.load(name));
    const update = changeOf(Y.encodeStateAsUpdate(doc), change);
    doc.destroy();
    await this.options.store.append(name, [update]);
  }

  /** Disconnects everyone from a room so that they reconnect under the rules now in force. */
  reconnectAll(name: string, code: number, reason: string): void {
    this.open.get(name)?.disconnectAll(code, reason);
  }

  /** Closes a deleted table's room without storing it, then deletes its document. */
  async evict(name: string, code: number, reason: string): Promise<void> {
    const room = this.open.get(name);
    if (room) {
      room.discard(code, reason);
      await this.release(room);
    }
    await this.closing.get(name);
    await this.options.store.delete(name);
  }

  private startSweeping(): void {
    const limits = this.sendLimits;
    if (!limits || this.sweeper) return;
    this.sweeper = setInterval(() => this.sweepSendQueues(), limits.sweepMs);
    this.sweeper.unref();
  }

  /**
   * Keeps what waits to be sent within its bounds: while a room, or the whole process, has more
   * queued than allowed, the sockets with the largest backlog are closed (1013; they resync on
   * reconnecting). Each socket's own bound is enforced as messages are sent (Room.send).
   */
  sweepSendQueues(): void {
    const limits = this.sendLimits;
    if (!limits) return;
    const queued: Array<{ room: Room; socket: Socket; bytes: number }> = [];
    for (const room of this.open.values()) {
      const mine = [...room.sockets]
        .map((socket) => ({ room, socket, bytes: socket.bufferedAmount }))
        .filter((q) => q.bytes > 0);
      queued.push(...shed(mine, limits.perRoom));
    }
    shed(queued, limits.inProcess);
  }

  /** Closes every room, storing each one's state. */
  async closeAll(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    const rooms = [...this.open.values()];
    await Promise.all(rooms.map((room) => this.release(room)));
    await Promise.all([...this.closing.values()]);
  }
}

/** Closes the largest backlogs until the rest fits in `limit`; returns what stays open. */
function shed<Q extends { room: Room; socket: Socket; bytes: number }>(queued: Q[], limit: number) {
  let total = queued.reduce((sum, q) => sum + q.bytes, 0);
  if (total <= limit) return queued;
  const largestFirst = [...queued].sort((a, b) => b.bytes - a.bytes);
  const kept = new Set(queued);
  for (const q of largestFirst) {
    if (total <= limit) break;
    q.room.drop(q.socket, CLOSE.tryAgainLater, 'connection too slow');
    kept.delete(q);
    total -= q.bytes;
  }
  return queued.filter((q) => kept.has(q));
}
