import { migrateTable } from '@tavolo/board';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { Relay } from '../scale/Relay.js';
import type { DocStore } from '../store/DocStore.js';
import { applyStored, changeOf, storedBytes } from '../store/storedDoc.js';
import type { Writer } from './authorizeUpdate.js';
import { AwarenessRelay, type PresenceSender } from './AwarenessRelay.js';
import { ByteBudget } from './ByteBudget.js';
import { ClientBindings } from './ClientBindings.js';
import { CommitLog } from './CommitLog.js';
import {
  decodeClientMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type ClientMessage,
} from './protocol.js';
import { CLOSE, type Socket } from './Socket.js';
import { TOO_MANY_PARKED, WriteGate, type Admitted, type Refusal } from './WriteGate.js';

/** Where a change to the room's document came from. */
export type Origin =
  | { readonly kind: 'store' }
  | { readonly kind: 'connection'; readonly socket: Socket }
  | { readonly kind: 'relay' }
  | { readonly kind: 'local' };

/** Byte bounds of a room (docs/operations.md, "Bounds"). */
export interface RoomLimits {
  /** Bytes one connection may have waiting (parked updates, frames sent while loading). */
  readonly heldPerSocket: number;
  /** Bytes one room may have waiting. */
  readonly heldPerRoom: number;
  /** The process's budget for waiting bytes, shared by every room. */
  readonly heldInProcess: ByteBudget;
  /** Largest board (snapshot plus log) that still accepts writes. */
  readonly maxBoardBytes: number;
}

/** Tunables and collaborators of a room. */
export interface RoomOptions {
  readonly store: DocStore;
  readonly log: Logger;
  readonly metrics: Metrics;
  /** Compact the log into a snapshot after this many appended updates. */
  readonly compactEvery: number;
  /** Presence changes within this window go out as one message. */
  readonly awarenessBatchMs: number;
  /** A socket with more than this many bytes waiting to be sent is closed (1013). */
  readonly maxBufferedBytes: number;
  readonly limits: RoomLimits;
  /** Other server instances hosting the same tables (scale-out); none on a single node. */
  readonly relay?: Relay;
}

/** Who a connection is: how it writes, and how others see its presence. */
export interface Member {
  readonly writer: Writer;
  readonly presence: PresenceSender;
}

type State = 'loading' | 'ready' | 'failed' | 'closed';
type Decoded = ReturnType<typeof Y.decodeUpdate>;

interface Joined {
  readonly member: Member;
  /** Frames received while the room was loading, and the bytes they hold. */
  readonly early: ByteBudget;
}

/**
 * One table's live document. Invariants:
 * - nothing is sent to a client before the stored document is loaded;
 * - an update reaches the document, and so any other client, only after it is committed to
 *   the store: what a client has seen from the server survives a crash;
 * - an update a writer may not make reaches neither the store nor anyone else;
 * - what the room holds for later (parked updates, early frames) stays within its byte bounds.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  private readonly presence: AwarenessRelay<Socket>;
  private readonly members = new Map<Socket, Joined>();
  private readonly early: Array<{ socket: Socket; data: Uint8Array }> = [];
  private readonly bindings = new ClientBindings(this.doc);
  private readonly held: ByteBudget;
  private readonly gate: WriteGate<Socket>;
  private readonly commits: CommitLog<Socket>;
  private state: State = 'loading';
  /** Set when the table was deleted: closing must not write the document back. */
  private discarded = false;
  private leaveRelay: (() => void) | null = null;
  /** Updates relayed from other instances while the room was loading. */
  private relayedEarly: Uint8Array[] = [];
  /** The last sync reply and the state vector it answered, until the document changes. */
  private lastReply: { stateVector: Uint8Array; message: Uint8Array } | null = null;
  readonly loaded: Promise<void>;

  constructor(
    readonly name: string,
    private readonly options: RoomOptions,
    /** Resolves when a previous instance of this room has finished closing. */
    previous: Promise<void> = Promise.resolve(),
  ) {
    const limits = options.limits;
    this.held = new ByteBudget(limits.heldPerRoom, limits.heldInProcess);
    this.presence = new AwarenessRelay(
      this.doc,
      options.awarenessBatchMs,
      (message) => {
        for (const socket of this.members.keys()) this.send(socket, message);
      },
      (client) => this.bindings.ownerOf(client),
    );
    this.gate = new WriteGate<Socket>(
      this.doc,
      (client) => this.bindings.ownerOf(client) ?? this.presence.ownerOf(client),
      { perSocket: limits.heldPerSocket, room: this.held },
    );
    this.commits = new CommitLog(
      name,
      this.doc,
      this.gate,
      { ...options, compactAfterBytes: Math.floor(limits.maxBoardBytes / 4) },
      {
        bind: (batch) => this.bindings.encode(newBindings(batch)),
        deliver: (batch, binding) => this.deliver(batch, binding),
        lost: (sockets) => {
          this.bindings.reset();
          for (const socket of sockets) {
            this.drop(socket, CLOSE.tryAgainLater, 'storage unavailable');
          }
        },
      },
    );
    // 'afterTransaction', not 'update': an update listener makes Yjs encode every change again.
    this.doc.on('afterTransaction', () => (this.lastReply = null));
    this.loaded = previous.then(() => this.load());
  }

  /** Number of connected sockets. */
  get size(): number {
    return this.members.size;
  }

  get isReady(): boolean {
    return this.state === 'ready';
  }

  /** The room's presence, for tests and the relay between instances. */
  get awareness() {
    return this.presence.awareness;
  }

  /** The sockets of this room, for the guards that bound send queues. */
  get sockets(): IterableIterator<Socket> {
    return this.members.keys();
  }

  /** Bytes this room holds for later (parked updates, early frames). */
  get heldBytes(): number {
    return this.held.used;
  }

  private async load(): Promise<void> {
    try {
      if (this.options.relay) {
        this.leaveRelay = await this.options.relay.join(this.name, {
          update: (update) => this.applyRelayed(update),
          awareness: (update) => this.presence.applyRemote(update),
          resync: () => void this.resync(),
        });
      }
      const stored = await this.options.store.load(this.name);
      if (this.state !== 'loading') return;
      applyStored(this.doc, stored, { kind: 'store' } satisfies Origin);
      this.commits.loaded(stored.lastSeq, stored.updates.length, storedBytes(stored));
      await this.migrate();
      this.state = 'ready';
      for (const update of this.relayedEarly.splice(0)) this.applyRelayed(update);
    } catch (err) {
      this.options.log.error('room_load_failed', { room: this.name, error: String(err) });
      this.state = 'failed';
      this.leaveRelay?.();
      for (const socket of this.members.keys()) {
        this.drop(socket, CLOSE.tryAgainLater, 'load failed');
      }
      this.early.length = 0;
      return;
    }
    for (const socket of this.members.keys()) this.greet(socket);
    const early = this.early.splice(0);
    for (const { socket, data } of early) {
      this.members.get(socket)?.early.give(data.length);
      this.receive(socket, data);
    }
  }

  /** Brings an old document to the current schema, storing the change before anyone sees it. */
  private async migrate(): Promise<void> {
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    this.doc.on('update', collect);
    try {
      Y.transact(this.doc, () => migrateTable(this.doc), { kind: 'local' } satisfies Origin);
    } finally {
      this.doc.off('update', collect);
    }
    await this.commits.appendOwn(updates);
  }

  /** Applies an update another instance committed, and passes it to this room's clients. */
  private applyRelayed(update: Uint8Array): void {
    if (this.state === 'loading') {
      this.relayedEarly.push(update);
      return;
    }
    if (this.state !== 'ready') return;
    Y.applyUpdate(this.doc, update, { kind: 'relay' } satisfies Origin);
    this.broadcast(encodeUpdate(update));
    // A client's parked edit may have been waiting for exactly this.
    if (this.gate.retry(this.onRefusal)) this.commits.schedule();
  }

  /** Catches up from the store after the relay lost updates. */
  private async resync(): Promise<void> {
    const stored = applyStored(new Y.Doc(), await this.options.store.load(this.name));
    this.applyRelayed(Y.encodeStateAsUpdate(stored, Y.encodeStateVector(this.doc)));
    stored.destroy();
  }

  /** Adds a socket of `member`; it is greeted once the document is loaded. */
  join(socket: Socket, member: Member): void {
    if (this.state === 'failed' || this.state === 'closed') {
      this.options.metrics.closed(CLOSE.tryAgainLater);
      socket.close(CLOSE.tryAgainLater, 'room unavailable');
      return;
    }
    const early = new ByteBudget(this.options.limits.heldPerSocket, this.held);
    this.members.set(socket, { member, early });
    if (this.state === 'ready') this.greet(socket);
  }

  private greet(socket: Socket): void {
    this.send(socket, encodeSyncStep1(this.doc));
    const everyone = this.presence.everything();
    if (everyone) this.send(socket, everyone);
  }

  /** Handles one frame from a socket of this room. */
  receive(socket: Socket, data: Uint8Array): void {
    const joined = this.members.get(socket);
    if (!joined) return;
    if (this.state === 'loading') {
      if (!joined.early.take(data.length)) {
        this.drop(socket, CLOSE.tryAgainLater, TOO_MANY_PARKED);
        return;
      }
      this.early.push({ socket, data });
      return;
    }
    if (this.state !== 'ready') return;
    let message: ClientMessage;
    let decoded: Decoded | null = null;
    try {
      message = decodeClientMessage(data);
      if (message.type === 'update') decoded = Y.decodeUpdate(message.update);
    } catch (err) {
      this.refuseMalformed(socket, err);
      return;
    }
    switch (message.type) {
      case 'syncStep1':
        this.send(socket, this.syncReply(message.stateVector));
        break;
      case 'update':
        this.accept(socket, joined.member.writer, message.update, decoded!);
        break;
      case 'awareness':
        this.applyPresence(socket, joined.member, message.update);
        break;
      case 'queryAwareness': {
        const everyone = this.presence.everything();
        if (everyone) this.send(socket, everyone);
        break;
      }
      case 'auth':
        // Handled by the connection (token renewal) before it reaches the room.
        break;
    }
  }

  private applyPresence(socket: Socket, member: Member, update: Uint8Array): void {
    this.options.metrics.awarenessMessages++;
    let checked: Uint8Array | null;
    try {
      checked = this.presence.apply(socket, update, member.presence);
    } catch (err) {
      this.refuseMalformed(socket, err);
      return;
    }
    if (checked) this.options.relay?.publishAwareness(this.name, checked);
  }

  private refuseMalformed(socket: Socket, err: unknown): void {
    this.options.log.warn('malformed_frame', { room: this.name, error: String(err) });
    this.options.metrics.rejectWrite('malformed');
    this.drop(socket, CLOSE.badRequest, 'malformed message');
  }

  /**
   * The missing part of the document for a client at `stateVector`. Clients joining together
   * mostly send the same vector (empty, for a fresh phone): the reply is encoded once for them
   * all, not once per client, until the document changes.
   */
  private syncReply(stateVector: Uint8Array): Uint8Array {
    const last = this.lastReply;
    if (last && sameBytes(last.stateVector, stateVector)) return last.message;
    const message = encodeSyncStep2(this.doc, stateVector);
    this.lastReply = { stateVector: stateVector.slice(), message };
    return message;
  }

  private accept(socket: Socket, writer: Writer, update: Uint8Array, decoded: Decoded): void {
    if (this.commits.storedBytes + update.length > this.options.limits.maxBoardBytes) {
      this.options.metrics.rejectWrite('board_too_large');
      this.options.log.warn('board_too_large', {
        room: this.name,
        bytes: this.commits.storedBytes,
      });
      this.drop(socket, CLOSE.tooLarge, 'board_too_large');
      return;
    }
    const admission = this.gate.offer(socket, writer, update, decoded, this.onRefusal);
    if (admission.kind === 'admitted') this.commits.schedule();
    else if (admission.kind === 'refused') {
      this.onRefusal({ socket, writer, reason: admission.reason });
    }
  }

  private readonly onRefusal = ({ socket, writer, reason }: Refusal<Socket>): void => {
    this.options.metrics.rejectWrite(reason);
    this.options.log.warn('write_refused', {
      room: this.name,
      role: writer.role,
      participant: writer.participantId,
      reason,
    });
    this.drop(socket, reason === TOO_MANY_PARKED ? CLOSE.tryAgainLater : CLOSE.forbidden, reason);
  };

  /** Applies committed updates and sends each to every other client of the room. */
  private deliver(batch: readonly Admitted<Socket>[], binding: Uint8Array | null): void {
    if (binding) {
      this.applyOwn(binding);
      this.broadcast(encodeUpdate(binding));
    }
    for (const { socket, update } of batch) {
      try {
        Y.applyUpdate(this.doc, update, { kind: 'connection', socket } satisfies Origin);
      } catch (err) {
        // The checks admit only what Yjs integrates; reaching this is a bug to fix, not input.
        this.options.log.error('apply_failed', { room: this.name, error: String(err) });
        this.drop(socket, CLOSE.internalError, 'internal error');
        continue;
      }
      const message = encodeUpdate(update);
      for (const other of this.members.keys()) if (other !== socket) this.send(other, message);
      this.options.metrics.updates++;
      this.options.metrics.updateBytes += update.length;
    }
  }

  private applyOwn(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, { kind: 'local' } satisfies Origin);
  }

  private broadcast(message: Uint8Array): void {
    for (const socket of this.members.keys()) this.send(socket, message);
  }

  /** Sends, or closes a consumer too slow to keep up: its backlog must not grow server memory. */
  private send(socket: Socket, message: Uint8Array): void {
    if (!socket.isOpen) return;
    if (socket.bufferedAmount > this.options.maxBufferedBytes) {
      this.drop(socket, CLOSE.tryAgainLater, 'connection too slow');
      return;
    }
    socket.send(message);
  }

  /** Closes every socket with `code` and makes closing forget the document (it was deleted). */
  discard(code: number, reason: string): void {
    this.discarded = true;
    for (const socket of [...this.members.keys()]) this.drop(socket, code, reason);
  }

  /** Closes every socket with `code`, for example so that clients reconnect under new rules. */
  disconnectAll(code: number, reason: string): void {
    for (const socket of [...this.members.keys()]) this.drop(socket, code, reason);
  }

  /**
   * Makes a change on the server's behalf (e.g. closing the board when its event is archived):
   * stored first, then applied and relayed, like any client's update.
   */
  async changeLocally(change: (doc: Y.Doc) => void): Promise<void> {
    await this.loaded;
    if (this.state !== 'ready') throw new Error(`room ${this.name} is not available`);
    await this.commits.idle();
    const update = changeOf(Y.encodeStateAsUpdate(this.doc), change);
    await this.commits.appendOwn([update]);
    this.applyOwn(update);
    this.broadcast(encodeUpdate(update));
  }

  /** Removes a socket and the presence it controlled. */
  leave(socket: Socket): void {
    const joined = this.members.get(socket);
    if (!joined) return;
    this.members.delete(socket);
    this.gate.forget(socket);
    if (joined.early.used > 0) {
      for (let i = this.early.length - 1; i >= 0; i--) {
        if (this.early[i]!.socket === socket) this.early.splice(i, 1);
      }
      joined.early.give(joined.early.used);
    }
    const removal = this.presence.drop(socket);
    if (removal) this.options.relay?.publishAwareness(this.name, removal);
  }

  /** Closes a socket with `code`, removing it from the room first. */
  drop(socket: Socket, code: number, reason: string): void {
    this.leave(socket);
    this.options.metrics.closed(code);
    socket.close(code, reason);
  }

  /** Waits for pending writes, stores a final snapshot and frees the document. */
  async close(): Promise<void> {
    await this.loaded;
    this.commits.stop();
    await this.commits.idle();
    const wasReady = this.state === 'ready';
    this.state = 'closed';
    this.leaveRelay?.();
    if (wasReady && !this.discarded && this.commits.hasUncompacted) await this.commits.compact();
    this.presence.destroy();
    this.bindings.destroy();
    this.doc.destroy();
  }
}

/** The new client ids of a batch and the owner of each. */
function newBindings(batch: readonly Admitted<Socket>[]): Map<number, string> {
  const bindings = new Map<number, string>();
  for (const entry of batch) {
    for (const client of entry.newClients) bindings.set(client, entry.owner);
  }
  return bindings;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
