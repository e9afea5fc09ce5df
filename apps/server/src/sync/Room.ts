import { migrateTable } from '@tavolo/board';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { Relay } from '../scale/Relay.js';
import type { DocStore } from '../store/DocStore.js';
import { applyStored, changeOf } from '../store/storedDoc.js';
import type { Writer } from './authorizeUpdate.js';
import { AwarenessRelay } from './AwarenessRelay.js';
import {
  decodeClientMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type ClientMessage,
} from './protocol.js';
import { CLOSE, type Socket } from './Socket.js';
import { CommitLog } from './CommitLog.js';
import { TOO_MANY_PARKED, WriteGate, type Admitted, type Refusal } from './WriteGate.js';

/** Where a change to the room's document came from. */
export type Origin =
  | { readonly kind: 'store' }
  | { readonly kind: 'connection'; readonly socket: Socket }
  | { readonly kind: 'relay' }
  | { readonly kind: 'local' };

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
  /** Other server instances hosting the same tables (scale-out); none on a single node. */
  readonly relay?: Relay;
}

type State = 'loading' | 'ready' | 'failed' | 'closed';
type Decoded = ReturnType<typeof Y.decodeUpdate>;

/**
 * One table's live document. Invariants:
 * - nothing is sent to a client before the stored document is loaded;
 * - an update reaches the document, and so any other client, only after it is committed to
 *   the store: what a client has seen from the server survives a crash;
 * - an update a writer may not make reaches neither the store nor anyone else.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  private readonly presence: AwarenessRelay<Socket>;
  private readonly writers = new Map<Socket, Writer>();
  private readonly early: Array<{ socket: Socket; data: Uint8Array }> = [];
  private readonly gate = new WriteGate<Socket>(this.doc);
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
    this.presence = new AwarenessRelay(this.doc, options.awarenessBatchMs, (message) => {
      for (const socket of this.writers.keys()) this.send(socket, message);
    });
    this.commits = new CommitLog(name, this.doc, this.gate, options, {
      deliver: (batch) => this.deliver(batch),
      lost: (sockets) => {
        for (const socket of sockets) this.drop(socket, CLOSE.tryAgainLater, 'storage unavailable');
      },
    });
    // 'afterTransaction', not 'update': an update listener makes Yjs encode every change again.
    this.doc.on('afterTransaction', () => (this.lastReply = null));
    this.loaded = previous.then(() => this.load());
  }

  /** Number of connected sockets. */
  get size(): number {
    return this.writers.size;
  }

  get isReady(): boolean {
    return this.state === 'ready';
  }

  /** The room's presence, for tests and the relay between instances. */
  get awareness() {
    return this.presence.awareness;
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
      this.commits.loaded(stored.lastSeq, stored.updates.length);
      await this.migrate();
      this.state = 'ready';
      for (const update of this.relayedEarly.splice(0)) this.applyRelayed(update);
    } catch (err) {
      this.options.log.error('room_load_failed', { room: this.name, error: String(err) });
      this.state = 'failed';
      this.leaveRelay?.();
      for (const socket of this.writers.keys())
        this.drop(socket, CLOSE.tryAgainLater, 'load failed');
      this.early.length = 0;
      return;
    }
    for (const socket of this.writers.keys()) this.greet(socket);
    const early = this.early.splice(0);
    for (const { socket, data } of early) this.receive(socket, data);
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
    const message = encodeUpdate(update);
    for (const socket of this.writers.keys()) this.send(socket, message);
    // A client's parked edit may have been waiting for exactly this.
    if (this.gate.retry(this.onRefusal)) this.commits.schedule();
  }

  /** Catches up from the store after the relay lost updates. */
  private async resync(): Promise<void> {
    const stored = applyStored(new Y.Doc(), await this.options.store.load(this.name));
    this.applyRelayed(Y.encodeStateAsUpdate(stored, Y.encodeStateVector(this.doc)));
    stored.destroy();
  }

  /** Adds a socket that writes as `writer`; it is greeted once the document is loaded. */
  join(socket: Socket, writer: Writer): void {
    if (this.state === 'failed' || this.state === 'closed') {
      this.options.metrics.closed(CLOSE.tryAgainLater);
      socket.close(CLOSE.tryAgainLater, 'room unavailable');
      return;
    }
    this.writers.set(socket, writer);
    if (this.state === 'ready') this.greet(socket);
  }

  private greet(socket: Socket): void {
    this.send(socket, encodeSyncStep1(this.doc));
    const everyone = this.presence.everything();
    if (everyone) this.send(socket, everyone);
  }

  /** Handles one frame from a socket of this room. */
  receive(socket: Socket, data: Uint8Array): void {
    const writer = this.writers.get(socket);
    if (!writer) return;
    if (this.state === 'loading') {
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
      this.options.log.warn('malformed_frame', { room: this.name, error: String(err) });
      this.options.metrics.rejectWrite('malformed');
      this.drop(socket, CLOSE.badRequest, 'malformed message');
      return;
    }
    switch (message.type) {
      case 'syncStep1':
        this.send(socket, this.syncReply(message.stateVector));
        break;
      case 'update':
        this.accept(socket, writer, message.update, decoded!);
        break;
      case 'awareness':
        this.options.metrics.awarenessMessages++;
        try {
          this.presence.apply(socket, message.update);
          this.options.relay?.publishAwareness(this.name, message.update);
        } catch (err) {
          this.options.log.warn('malformed_awareness', { room: this.name, error: String(err) });
          this.options.metrics.rejectWrite('malformed');
          this.drop(socket, CLOSE.badRequest, 'malformed awareness');
        }
        break;
      case 'queryAwareness': {
        const everyone = this.presence.everything();
        if (everyone) this.send(socket, everyone);
        break;
      }
    }
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
    const admission = this.gate.offer(socket, writer, update, decoded, this.onRefusal);
    if (admission.kind === 'admitted') this.commits.schedule();
    else if (admission.kind === 'refused')
      this.onRefusal({ socket, writer, reason: admission.reason });
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
  private deliver(batch: readonly Admitted<Socket>[]): void {
    for (const { socket, update } of batch) {
      Y.applyUpdate(this.doc, update, { kind: 'connection', socket } satisfies Origin);
      const message = encodeUpdate(update);
      for (const other of this.writers.keys()) if (other !== socket) this.send(other, message);
      this.options.metrics.updates++;
      this.options.metrics.updateBytes += update.length;
    }
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
    for (const socket of [...this.writers.keys()]) this.drop(socket, code, reason);
  }

  /** Closes every socket with `code`, for example so that clients reconnect under new rules. */
  disconnectAll(code: number, reason: string): void {
    for (const socket of [...this.writers.keys()]) this.drop(socket, code, reason);
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
    Y.applyUpdate(this.doc, update, { kind: 'local' } satisfies Origin);
    const message = encodeUpdate(update);
    for (const socket of this.writers.keys()) this.send(socket, message);
  }

  /** Removes a socket and the presence it controlled. */
  leave(socket: Socket): void {
    if (!this.writers.delete(socket)) return;
    this.gate.forget(socket);
    const removal = this.presence.drop(socket);
    if (removal) this.options.relay?.publishAwareness(this.name, removal);
  }

  private drop(socket: Socket, code: number, reason: string): void {
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
    this.doc.destroy();
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
