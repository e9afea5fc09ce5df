import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { DocStore } from '../store/DocStore.js';
import {
  decodeClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type ClientMessage,
} from './protocol.js';
import { CLOSE, type Socket } from './Socket.js';

/** Where a change to the room's document came from. */
export type Origin =
  | { readonly kind: 'store' }
  | { readonly kind: 'connection'; readonly socket: Socket }
  | { readonly kind: 'local' };

/** Tunables of a room. */
export interface RoomOptions {
  readonly store: DocStore;
  readonly log: Logger;
  /** Compact the log into a snapshot after this many appended updates. */
  readonly compactEvery: number;
}

type State = 'loading' | 'ready' | 'failed' | 'closed';

interface Pending {
  readonly socket: Socket;
  readonly update: Uint8Array;
}

/**
 * One table's live document. Invariants:
 * - nothing is sent to a client before the stored document is loaded;
 * - an update reaches the document, and so any other client, only after it is committed to
 *   the store: what a client has seen from the server survives a crash.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Connected sockets and the awareness client ids each one controls. */
  private readonly sockets = new Map<Socket, Set<number>>();
  private readonly early: Array<{ socket: Socket; data: Uint8Array }> = [];
  private pending: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private state: State = 'loading';
  private lastSeq = 0;
  private sinceCompaction = 0;
  readonly loaded: Promise<void>;

  constructor(
    readonly name: string,
    private readonly options: RoomOptions,
    /** Resolves when a previous instance of this room has finished closing. */
    previous: Promise<void> = Promise.resolve(),
  ) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.loaded = previous.then(() => this.load());
  }

  /** Number of connected sockets. */
  get size(): number {
    return this.sockets.size;
  }

  get isReady(): boolean {
    return this.state === 'ready';
  }

  private async load(): Promise<void> {
    try {
      const stored = await this.options.store.load(this.name);
      if (this.state !== 'loading') return;
      const origin: Origin = { kind: 'store' };
      Y.transact(
        this.doc,
        () => {
          if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot, origin);
          for (const update of stored.updates) Y.applyUpdate(this.doc, update, origin);
        },
        origin,
      );
      this.lastSeq = stored.lastSeq;
      this.sinceCompaction = stored.updates.length;
      this.state = 'ready';
    } catch (err) {
      this.options.log.error('room_load_failed', { room: this.name, error: String(err) });
      this.state = 'failed';
      for (const socket of this.sockets.keys()) socket.close(CLOSE.tryAgainLater, 'load failed');
      this.sockets.clear();
      this.early.length = 0;
      return;
    }
    for (const socket of this.sockets.keys()) this.greet(socket);
    const early = this.early.splice(0);
    for (const { socket, data } of early) this.receive(socket, data);
  }

  /** Adds a socket; it is greeted as soon as the document is loaded. */
  join(socket: Socket): void {
    if (this.state === 'failed' || this.state === 'closed') {
      socket.close(CLOSE.tryAgainLater, 'room unavailable');
      return;
    }
    this.sockets.set(socket, new Set());
    if (this.state === 'ready') this.greet(socket);
  }

  private greet(socket: Socket): void {
    send(socket, encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) send(socket, encodeAwareness(this.awareness, states));
  }

  /** Handles one frame from a socket of this room. */
  receive(socket: Socket, data: Uint8Array): void {
    if (!this.sockets.has(socket)) return;
    if (this.state === 'loading') {
      this.early.push({ socket, data });
      return;
    }
    if (this.state !== 'ready') return;
    let message: ClientMessage;
    try {
      message = decodeClientMessage(data);
      if (message.type === 'update') Y.decodeUpdate(message.update);
    } catch (err) {
      this.options.log.warn('malformed_frame', { room: this.name, error: String(err) });
      this.drop(socket, CLOSE.badRequest, 'malformed message');
      return;
    }
    switch (message.type) {
      case 'syncStep1':
        send(socket, encodeSyncStep2(this.doc, message.stateVector));
        break;
      case 'update':
        this.pending.push({ socket, update: message.update });
        this.scheduleFlush();
        break;
      case 'awareness':
        try {
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, socket);
        } catch (err) {
          this.options.log.warn('malformed_awareness', { room: this.name, error: String(err) });
          this.drop(socket, CLOSE.badRequest, 'malformed awareness');
        }
        break;
      case 'queryAwareness':
        send(socket, encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        break;
    }
  }

  private scheduleFlush(): void {
    if (this.flushing) return;
    // Let every frame that has already arrived join the batch: one commit for all (group commit).
    this.flushing = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      this.lastSeq = await this.options.store.append(
        this.name,
        batch.map((p) => p.update),
      );
    } catch (err) {
      // Nothing was applied or relayed, so no other client has seen these updates; their
      // senders still hold them and send them again when they resync.
      this.options.log.error('store_append_failed', { room: this.name, error: String(err) });
      for (const socket of new Set(batch.map((p) => p.socket))) {
        this.drop(socket, CLOSE.tryAgainLater, 'storage unavailable');
      }
      this.flushing = null;
      if (this.pending.length > 0) this.scheduleFlush();
      return;
    }
    for (const { socket, update } of batch) {
      const origin: Origin = { kind: 'connection', socket };
      Y.applyUpdate(this.doc, update, origin);
      const message = encodeUpdate(update);
      for (const other of this.sockets.keys()) if (other !== socket) send(other, message);
    }
    this.sinceCompaction += batch.length;
    this.flushing = null;
    if (this.pending.length > 0) this.scheduleFlush();
    if (this.sinceCompaction >= this.options.compactEvery) await this.compact();
  }

  /** Writes the whole document as one snapshot and trims the log. */
  async compact(): Promise<void> {
    if (this.state !== 'ready' && this.state !== 'closed') return;
    const throughSeq = this.lastSeq;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    this.sinceCompaction = 0;
    try {
      await this.options.store.compact(this.name, snapshot, throughSeq);
    } catch (err) {
      this.options.log.error('compaction_failed', { room: this.name, error: String(err) });
    }
  }

  private readonly onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    const owned = this.sockets.get(origin as Socket);
    if (owned) {
      for (const id of change.added) owned.add(id);
      for (const id of change.removed) owned.delete(id);
    }
    const message = encodeAwareness(this.awareness, changed);
    for (const socket of this.sockets.keys()) send(socket, message);
  };

  /** Removes a socket and the presence it controlled. */
  leave(socket: Socket): void {
    const owned = this.sockets.get(socket);
    if (!owned) return;
    this.sockets.delete(socket);
    if (owned.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...owned], null);
    }
  }

  private drop(socket: Socket, code: number, reason: string): void {
    this.leave(socket);
    socket.close(code, reason);
  }

  /** Waits for pending writes, stores a final snapshot and frees the document. */
  async close(): Promise<void> {
    await this.loaded;
    while (this.flushing) await this.flushing;
    const wasReady = this.state === 'ready';
    this.state = 'closed';
    if (wasReady && this.sinceCompaction > 0) await this.compact();
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

function send(socket: Socket, message: Uint8Array): void {
  if (socket.isOpen) socket.send(message);
}
