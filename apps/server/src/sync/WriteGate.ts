import * as Y from 'yjs';
import { authorizeUpdate, type Writer } from './authorizeUpdate.js';
import { UpdateIndex } from './UpdateIndex.js';

type Decoded = ReturnType<typeof Y.decodeUpdate>;

/** An update admitted for the next group commit. */
export interface Admitted<S> {
  readonly socket: S;
  readonly update: Uint8Array;
  readonly decoded: Decoded;
}

interface Parked<S> extends Admitted<S> {
  readonly writer: Writer;
}

/** What became of one incoming update. */
export type Admission =
  | { readonly kind: 'admitted' }
  | { readonly kind: 'parked' }
  | { readonly kind: 'refused'; readonly reason: string };

/** A socket whose update was refused while parked, and why. */
export interface Refusal<S> {
  readonly socket: S;
  readonly writer: Writer;
  readonly reason: string;
}

/** Updates one socket may have waiting for their dependencies before it must resync (1013). */
export const MAX_PARKED_PER_SOCKET = 256;

/** The refusal reason when a socket exceeds MAX_PARKED_PER_SOCKET: it must resync, not stop. */
export const TOO_MANY_PARKED = 'too_many_unresolved';

/**
 * Decides which incoming updates go to the next group commit. An update that builds on content
 * the room does not have yet is parked, not refused: after a reconnect a client's live edits
 * can overtake the sync reply that carries what they build on, and refusing them would make an
 * honest client loop forever. Each socket's parked updates are retried in arrival order as soon
 * as anything new is admitted, so the work per update stays proportional to what it carries.
 */
export class WriteGate<S> {
  private admitted: Admitted<S>[] = [];
  private index: UpdateIndex;
  private readonly parked = new Map<S, Parked<S>[]>();

  constructor(private readonly doc: Y.Doc) {
    this.index = new UpdateIndex(doc);
  }

  /** Number of updates waiting for their dependencies. */
  get parkedCount(): number {
    let n = 0;
    for (const list of this.parked.values()) n += list.length;
    return n;
  }

  get hasAdmitted(): boolean {
    return this.admitted.length > 0;
  }

  /**
   * Checks one update. Refusals of parked updates that the new one made checkable are
   * returned through `onRefusal`, since they belong to other sockets.
   */
  offer(
    socket: S,
    writer: Writer,
    update: Uint8Array,
    decoded: Decoded,
    onRefusal: (refusal: Refusal<S>) => void,
  ): Admission {
    const verdict = this.check(writer, decoded);
    if (!verdict.ok && verdict.reason === 'unresolvable') {
      const queue = this.parked.get(socket) ?? [];
      if (queue.length >= MAX_PARKED_PER_SOCKET) {
        return { kind: 'refused', reason: TOO_MANY_PARKED };
      }
      queue.push({ socket, writer, update, decoded });
      this.parked.set(socket, queue);
      return { kind: 'parked' };
    }
    if (!verdict.ok) return { kind: 'refused', reason: verdict.reason };
    this.admit({ socket, update, decoded });
    this.retryParked(onRefusal);
    return { kind: 'admitted' };
  }

  /** Hands over everything admitted, for one commit. Call `settled` once it is applied or lost. */
  takeBatch(): Admitted<S>[] {
    const batch = this.admitted;
    this.admitted = [];
    return batch;
  }

  /**
   * The batch is in the document now, or was lost with its sockets: checks stop looking at it.
   * When lost, what those sockets had admitted since goes too, for it may build on the batch.
   */
  settled(lost: ReadonlySet<S> = new Set()): void {
    if (lost.size > 0) this.admitted = this.admitted.filter((a) => !lost.has(a.socket));
    for (const socket of lost) this.parked.delete(socket);
    this.index = new UpdateIndex(this.doc);
    for (const entry of this.admitted) this.index.add(entry.decoded);
  }

  /** Forgets a socket's parked updates (it left or was closed). */
  forget(socket: S): void {
    this.parked.delete(socket);
  }

  private check(writer: Writer, decoded: Decoded) {
    const layer = new UpdateIndex(this.doc, this.index);
    layer.add(decoded);
    return authorizeUpdate(decoded, layer, this.doc, writer);
  }

  private admit(entry: Admitted<S>): void {
    this.admitted.push(entry);
    this.index.add(entry.decoded);
  }

  /**
   * Re-checks parked updates after the document changed by other means (an update relayed from
   * another instance); true when any was admitted.
   */
  retry(onRefusal: (refusal: Refusal<S>) => void): boolean {
    const before = this.admitted.length;
    this.retryParked(onRefusal);
    return this.admitted.length > before;
  }

  /** Admits, in order, the head of each socket's parked queue while it has become resolvable. */
  private retryParked(onRefusal: (refusal: Refusal<S>) => void): void {
    let moved = true;
    while (moved) {
      moved = false;
      for (const [socket, queue] of this.parked) {
        while (queue.length > 0) {
          const head = queue[0]!;
          const verdict = this.check(head.writer, head.decoded);
          if (!verdict.ok && verdict.reason === 'unresolvable') break;
          queue.shift();
          if (!verdict.ok) {
            this.parked.delete(socket);
            onRefusal({ socket, writer: head.writer, reason: verdict.reason });
            break;
          }
          this.admit(head);
          moved = true;
        }
        if (queue.length === 0) this.parked.delete(socket);
      }
    }
  }
}
