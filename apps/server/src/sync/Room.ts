import { migrateTable } from '@tavolo/board';
import * as Y from 'yjs';
import { applyStored, changeOf, storedBytes } from '../store/storedDoc.js';
import type { Writer } from './authorizeUpdate.js';
import { AwarenessRelay } from './AwarenessRelay.js';
import { encodePresence, type PresenceEntry } from './presenceUpdate.js';
import { ByteBudget } from './ByteBudget.js';
import { ClientBindings, SERVER_OWNER, type Binding } from './ClientBindings.js';
import { CommitLog } from './CommitLog.js';
import { DEFAULT_GRACE_MS, PhaseGuard, type Ruling } from './PhaseGuard.js';
import { RejectionTally } from './RejectionTally.js';
import { RoomDirectory } from './RoomDirectory.js';
import { RoomMembers, type Member } from './RoomMembers.js';
import type { Origin, RoomOptions } from './roomOptions.js';
import { RoomOutbox } from './RoomOutbox.js';
import { clientsOf, SilentWriting } from './SilentWriting.js';
import { SyncReplies } from './SyncReplies.js';
import { decodeClientMessage, type ClientMessage } from './protocol.js';
import { CLOSE, type Socket } from './Socket.js';
import { TOO_MANY_PARKED, WriteGate, type Admitted, type Refusal } from './WriteGate.js';

type State = 'loading' | 'ready' | 'failed' | 'closed';
type Decoded = ReturnType<typeof Y.decodeUpdate>;

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
  private readonly members: RoomMembers;
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
  private readonly replies = new SyncReplies(this.doc);
  private readonly silent = new SilentWriting(this.doc, (client) =>
    this.bindings.bindingOf(client),
  );
  private readonly outbox: RoomOutbox;
  private readonly guard: PhaseGuard;
  /** Edits not accepted per connection: past a bound it is a modified client, closed. */
  private readonly rejections = new RejectionTally<Socket>();
  private readonly directory: RoomDirectory<Socket>;
  readonly loaded: Promise<void>;

  constructor(
    readonly name: string,
    private readonly options: RoomOptions,
    /** Resolves when a previous instance of this room has finished closing. */
    previous: Promise<void> = Promise.resolve(),
  ) {
    const limits = options.limits;
    this.held = new ByteBudget(limits.heldPerRoom, limits.heldInProcess);
    this.members = new RoomMembers(
      {
        metrics: options.metrics,
        maxBufferedBytes: options.maxBufferedBytes,
        earlyPerSocket: limits.heldPerSocket,
        room: this.held,
      },
      (socket) => this.forget(socket),
    );
    const now = options.now ?? Date.now;
    this.guard = new PhaseGuard(this.doc, {
      now,
      graceMs: options.phaseGraceMs ?? DEFAULT_GRACE_MS,
    });
    this.outbox = new RoomOutbox(
      this.members,
      this.silent,
      this.replies,
      () => this.guard.epoch,
      now,
    );
    this.presence = new AwarenessRelay(
      this.doc,
      options.awarenessBatchMs,
      (message) => this.members.broadcast(message),
      (client) => this.bindings.ownerOf(client),
    );
    this.gate = new WriteGate<Socket>(
      this.doc,
      {
        bound: (client) => this.bindings.ownerOf(client),
        reserved: (client) => this.presence.ownerOf(client),
      },
      { perSocket: limits.heldPerSocket, room: this.held },
      (socket, writer, update, decoded, touched, pending) => {
        const ruling = this.guard.rule(
          writer,
          touched,
          decoded,
          update,
          pending,
          this.members.epochSeen(socket, now()),
        );
        // Counted as admitted, not as delivered: a flood of frames already received would
        // otherwise all be ruled (and held with their rulings) before the first commit closed
        // the connection (bench H1d).
        if (ruling) this.rejections.add(socket, ruling.rejected.length);
        return ruling;
      },
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
            this.members.drop(socket, CLOSE.tryAgainLater, 'storage unavailable');
          }
        },
      },
    );
    this.directory = new RoomDirectory(
      name,
      this.doc,
      options.people,
      (socket, message) => this.members.send(socket, message),
      options.log,
    );
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
    return this.members.sockets;
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
      this.guard.reset(this.options.phaseMemory?.take(this.name));
      await this.directory.load();
      this.state = 'ready';
      for (const update of this.relayedEarly.splice(0)) this.applyRelayed(update);
    } catch (err) {
      this.options.log.error('room_load_failed', { room: this.name, error: String(err) });
      this.state = 'failed';
      this.leaveRelay?.();
      this.members.dropAll(CLOSE.tryAgainLater, 'load failed');
      this.members.forgetEarly();
      return;
    }
    for (const socket of this.members.sockets) this.greet(socket);
    for (const { socket, data } of this.members.takeEarly()) this.receive(socket, data);
  }

  /** Brings an old document to the current schema, storing the change before anyone sees it. */
  private async migrate(): Promise<void> {
    // An old board names people: the catalogue records them before the migration erases them.
    const erasesIdentities = await this.directory.adoptLegacy();
    const updates: Uint8Array[] = [];
    const collect = (update: Uint8Array) => updates.push(update);
    this.doc.on('update', collect);
    try {
      Y.transact(this.doc, () => migrateTable(this.doc), { kind: 'local' } satisfies Origin);
    } finally {
      this.doc.off('update', collect);
    }
    await this.commits.appendOwn(updates);
    if (erasesIdentities) {
      // The stored log still holds the erased names: the snapshot replaces it (docs/privacy.md).
      await this.commits.compact();
      await this.directory.erased();
    }
  }

  /** Applies an update another instance committed, and passes it to this room's clients. */
  private applyRelayed(update: Uint8Array): void {
    if (this.state === 'loading') {
      this.relayedEarly.push(update);
      return;
    }
    if (this.state !== 'ready') return;
    this.applyAndSend(update, { kind: 'relay' }, () => clientsOf(Y.decodeUpdate(update)), null);
    this.outbox.flushStatus();
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
    this.members.add(socket, member);
    if (this.state === 'ready') this.greet(socket);
  }

  private greet(socket: Socket): void {
    const member = this.members.memberOf(socket);
    if (member) this.directory.greet(socket, member.viewer ?? member.writer);
    this.members.send(socket, this.replies.step1());
    const everyone = this.presence.everything();
    if (everyone) this.members.send(socket, everyone);
    this.outbox.greet(socket);
  }

  /** Handles one frame from a socket of this room. */
  receive(socket: Socket, data: Uint8Array): void {
    const member = this.members.memberOf(socket);
    if (!member) return;
    if (this.state === 'loading') {
      if (!this.members.holdEarly(socket, data)) {
        this.members.drop(socket, CLOSE.tryAgainLater, TOO_MANY_PARKED);
      }
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
        this.outbox.reply(socket, message.stateVector);
        break;
      case 'update':
        this.accept(socket, member.writer, message.update, decoded!);
        break;
      case 'awareness':
        this.applyPresence(socket, member, message.update);
        break;
      case 'queryAwareness': {
        const everyone = this.presence.everything();
        if (everyone) this.members.send(socket, everyone);
        break;
      }
      case 'auth':
        // Handled by the connection (token renewal) before it reaches the room.
        break;
    }
  }

  private applyPresence(socket: Socket, member: Member, update: Uint8Array): void {
    this.options.metrics.awarenessMessages++;
    let checked: readonly PresenceEntry[] | null;
    try {
      checked = this.presence.apply(socket, update, member.presence);
    } catch (err) {
      this.refuseMalformed(socket, err);
      return;
    }
    // Other instances get the stamped entries (encoded only when there are any).
    if (checked && this.options.relay)
      this.options.relay.publishAwareness(this.name, encodePresence(checked));
  }

  private refuseMalformed(socket: Socket, err: unknown): void {
    this.options.log.warn('malformed_frame', { room: this.name, error: String(err) });
    this.options.metrics.rejectWrite('malformed');
    this.members.drop(socket, CLOSE.badRequest, 'malformed message');
  }

  private accept(socket: Socket, writer: Writer, update: Uint8Array, decoded: Decoded): void {
    if (this.commits.storedBytes + update.length > this.options.limits.maxBoardBytes) {
      this.options.metrics.rejectWrite('board_too_large');
      this.options.log.warn('board_too_large', {
        room: this.name,
        bytes: this.commits.storedBytes,
      });
      this.members.drop(socket, CLOSE.tooLarge, 'board_too_large');
      return;
    }
    const admission = this.gate.offer(socket, writer, update, decoded, this.onRefusal);
    if (admission.kind === 'admitted') this.commits.schedule();
    else if (admission.kind === 'refused') {
      this.onRefusal({ socket, writer, reason: admission.reason, detail: admission.detail });
    }
    // What it wrote so far is stored with its compensation; nothing more is read from it.
    if (this.rejections.over(socket)) this.closeOverRejected(socket);
  }

  private closeOverRejected(socket: Socket): void {
    if (!this.members.memberOf(socket)) return;
    this.options.log.warn('write_refused', {
      room: this.name,
      reason: 'phase_closed',
      detail: `${this.rejections.get(socket)} edits against the phase rules on one connection`,
    });
    this.members.drop(socket, CLOSE.forbidden, 'phase_closed');
  }

  private readonly onRefusal = ({ socket, writer, reason, detail }: Refusal<Socket>): void => {
    this.options.metrics.rejectWrite(reason);
    this.options.log.warn('write_refused', {
      room: this.name,
      role: writer.role,
      participant: writer.participantId,
      reason,
      detail,
    });
    const code = reason === TOO_MANY_PARKED ? CLOSE.tryAgainLater : CLOSE.forbidden;
    this.members.drop(socket, code, reason);
  };

  /** Applies committed updates and sends each to every other client of the room. */
  private deliver(batch: readonly Admitted<Socket>[], binding: Uint8Array | null): void {
    if (binding) this.applyOwnAndSend(binding);
    for (const { socket, update, decoded, ruling } of batch) {
      try {
        this.applyAndSend(update, { kind: 'connection', socket }, () => clientsOf(decoded), socket);
      } catch (err) {
        // The checks admit only what Yjs integrates; reaching this is a bug to fix, not input.
        this.options.log.error('apply_failed', { room: this.name, error: String(err) });
        this.members.drop(socket, CLOSE.internalError, 'internal error');
        continue;
      }
      this.options.metrics.updates++;
      this.options.metrics.updateBytes += update.length;
      if (ruling) this.enforce(socket, ruling);
    }
    this.outbox.flushStatus();
  }

  /** Applies and sends the compensation of a ruling, and tells the writer what was refused. */
  private enforce(socket: Socket, ruling: Ruling): void {
    if (ruling.compensation) this.applyOwnAndSend(ruling.compensation);
    if (ruling.rejected.length === 0) return;
    for (const { reason } of ruling.rejected) this.options.metrics.rejectWrite(reason);
    this.outbox.reject(socket, ruling.rejected);
    // A parked update admitted later (by another's write) was counted then.
    if (this.rejections.over(socket)) this.closeOverRejected(socket);
  }

  /** Applies the server's own change (stored already) and sends it to everyone. */
  private applyOwnAndSend(update: Uint8Array): void {
    this.applyAndSend(update, { kind: 'local' }, null, null);
  }

  /**
   * Applies a committed update and sends it to every socket but `except` that may receive it.
   * `clients` gives the client ids it writes under, asked only while silent writing withholds
   * content (null: the server's own, for everyone). A change of phase or lock is noted, so
   * each socket is held to it once sent.
   */
  private applyAndSend(
    update: Uint8Array,
    origin: Origin,
    clients: (() => ReadonlySet<number>) | null,
    except: Socket | null,
  ): void {
    const wasSilent = this.silent.active;
    const epoch = this.guard.epoch;
    Y.applyUpdate(this.doc, update, origin);
    this.guard.noteApplied();
    const withheld = clients && (wasSilent || this.silent.active) ? clients() : null;
    this.outbox.update(update, withheld, except, wasSilent, this.guard.epoch !== epoch);
  }

  /** Closes every socket with `code` and makes closing forget the document (it was deleted). */
  discard(code: number, reason: string): void {
    this.discarded = true;
    this.members.dropAll(code, reason);
  }

  /** Closes every socket with `code`, for example so that clients reconnect under new rules. */
  disconnectAll(code: number, reason: string): void {
    this.members.dropAll(code, reason);
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
    this.applyOwnAndSend(update);
    this.outbox.flushStatus();
  }

  /** Removes a socket and the presence it controlled. */
  leave(socket: Socket): void {
    this.members.leave(socket);
  }

  /** Closes a socket with `code`, removing it from the room first. */
  drop(socket: Socket, code: number, reason: string): void {
    this.members.drop(socket, code, reason);
  }

  /** Forgets what the room held for a socket that left: its waiting updates, its presence. */
  private forget(socket: Socket): void {
    this.gate.forget(socket);
    this.directory.forget(socket);
    const removal = this.presence.drop(socket);
    if (removal) this.options.relay?.publishAwareness(this.name, removal);
  }

  /** Waits for pending writes, stores a final snapshot and frees the document. */
  async close(): Promise<void> {
    await this.loaded;
    this.commits.stop();
    await this.commits.idle();
    const wasReady = this.state === 'ready';
    this.state = 'closed';
    if (wasReady && !this.discarded)
      this.options.phaseMemory?.keep(this.name, this.guard.remember());
    this.leaveRelay?.();
    if (wasReady && !this.discarded && this.commits.hasUncompacted) await this.commits.compact();
    this.presence.destroy();
    this.directory.destroy();
    this.replies.destroy();
    this.bindings.destroy();
    this.doc.destroy();
  }
}

/** The new client ids of a batch (its writers' and its compensations') and the owner of each. */
function newBindings(batch: readonly Admitted<Socket>[]): Map<number, Binding> {
  const bindings = new Map<number, Binding>();
  for (const { newClients, writer, ruling } of batch) {
    for (const client of newClients) {
      bindings.set(client, { id: writer.participantId, role: writer.role });
    }
    if (ruling?.serverClient)
      bindings.set(ruling.serverClient, { id: SERVER_OWNER, role: 'server' });
  }
  return bindings;
}
