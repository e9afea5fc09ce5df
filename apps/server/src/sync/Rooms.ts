import * as Y from 'yjs';
import { applyStored, changeOf } from '../store/storedDoc.js';
import type { Writer } from './authorizeUpdate.js';
import { Room, type RoomOptions } from './Room.js';
import type { Socket } from './Socket.js';

/**
 * The set of loaded rooms. A room is created on its first join and closed (state stored,
 * document freed) when its last socket leaves. A join that arrives while the previous
 * instance of the room is closing gets a new instance that loads after the close completes.
 */
export class Rooms {
  private readonly open = new Map<string, Room>();
  private readonly closing = new Map<string, Promise<void>>();

  constructor(private readonly options: RoomOptions) {}

  /** Number of loaded rooms. */
  get size(): number {
    return this.open.size;
  }

  /** Joins `socket`, writing as `writer`, to the room `name`, creating the room when needed. */
  join(name: string, socket: Socket, writer: Writer): Room {
    let room = this.open.get(name);
    if (!room) {
      room = new Room(name, this.options, this.closing.get(name));
      this.open.set(name, room);
      this.options.metrics.rooms = this.open.size;
    }
    room.join(socket, writer);
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

  /** Closes every room, storing each one's state. */
  async closeAll(): Promise<void> {
    const rooms = [...this.open.values()];
    await Promise.all(rooms.map((room) => this.release(room)));
    await Promise.all([...this.closing.values()]);
  }
}
