import type { Rejection } from './PhaseGuard.js';
import type { RoomMembers } from './RoomMembers.js';
import { encodeStatus, encodeUpdate } from './protocol.js';
import type { SilentWriting, Viewer } from './SilentWriting.js';
import type { Socket } from './Socket.js';
import type { SyncReplies } from './SyncReplies.js';

/** What a connection is told about the room besides the document (message type STATUS). */
export interface RoomStatus {
  /** Cards withheld from this connection, per section (silent writing); empty otherwise. */
  readonly withheld?: Readonly<Record<string, number>>;
  /** Its own edits the server just did not accept, and why (an event, not a state). */
  readonly rejected?: readonly Rejection[];
}

/**
 * What leaves a room, decided per recipient: updates and sync replies go to everyone who may
 * receive them (during silent writing, participants and the projector get nobody else's
 * participant content), the reveal gives them what was withheld the moment the phase moves
 * on, and a status message tells them how many cards they do not see.
 */
export class RoomOutbox {
  private statusDue = false;

  constructor(
    private readonly members: RoomMembers,
    private readonly silent: SilentWriting,
    private readonly replies: SyncReplies,
    /** The board's current phase-and-lock epoch (PhaseGuard). */
    private readonly epoch: () => number,
    private readonly now: () => number,
  ) {}

  /**
   * Sends an update the room has just applied to every socket but `except` that may receive
   * it. `clients` are the client ids it writes under (null: the server's own, for everyone);
   * `wasSilent` is whether the board was in the silent phase before it was applied.
   */
  update(
    update: Uint8Array,
    clients: ReadonlySet<number> | null,
    except: Socket | null,
    wasSilent: boolean,
    changedEpoch = false,
  ): void {
    const message = encodeUpdate(update);
    for (const socket of this.members.sockets) {
      if (socket === except) continue;
      if (clients !== null && !this.silent.reaches(this.viewerOf(socket), clients)) continue;
      this.members.send(socket, message);
      // It now has the change of phase or lock: it is held to it from here on.
      if (changedEpoch) this.members.markSent(socket, this.epoch(), this.now());
    }
    if (changedEpoch && except) this.members.markSent(except, this.epoch(), this.now());
    if (wasSilent && !this.silent.active) this.reveal();
    if (wasSilent || this.silent.active) this.statusDue = true;
  }

  /** The answer to a socket's sync step 1: the whole document, or its silent-writing cut. */
  reply(socket: Socket, stateVector: Uint8Array): void {
    const viewer = this.viewerOf(socket);
    this.members.markSent(socket, this.epoch(), this.now());
    this.members.send(
      socket,
      this.silent.seesAll(viewer)
        ? this.replies.to(stateVector)
        : this.silent.replyFor(viewer, stateVector),
    );
  }

  /** Tells a newcomer what it does not see, when it does not see everything. */
  greet(socket: Socket): void {
    if (!this.silent.seesAll(this.viewerOf(socket))) this.sendStatus(socket);
  }

  /** Sends the status to every connection, once per batch of changes that may have moved it. */
  flushStatus(): void {
    if (!this.statusDue) return;
    this.statusDue = false;
    for (const socket of this.members.sockets) {
      const role = this.viewerOf(socket).role;
      if (role === 'participant' || role === 'observer') this.sendStatus(socket);
    }
  }

  /** Tells a writer which of its edits were not accepted, and why. */
  reject(socket: Socket, rejected: readonly Rejection[]): void {
    const status: RoomStatus = { rejected };
    this.members.send(socket, encodeStatus(status));
  }

  private sendStatus(socket: Socket): void {
    const status: RoomStatus = { withheld: this.silent.withheldCounts(this.viewerOf(socket)) };
    this.members.send(socket, encodeStatus(status));
  }

  /** The phase left silent writing: everyone gets what was withheld from them, at once. */
  private reveal(): void {
    for (const socket of this.members.sockets) {
      const viewer = this.viewerOf(socket);
      if (viewer.role !== 'participant' && viewer.role !== 'observer') continue;
      const withheld = this.silent.revealFor(this.silent.hiddenFrom(viewer));
      if (withheld) this.members.send(socket, encodeUpdate(withheld));
    }
  }

  private viewerOf(socket: Socket): Viewer {
    const writer = this.members.memberOf(socket)?.writer;
    return writer ?? { role: 'observer', participantId: '' };
  }
}
