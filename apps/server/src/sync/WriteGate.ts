import * as Y from 'yjs';
import {
  authorizeUpdate,
  type OwnerOf,
  type Owners,
  type Touched,
  type Writer,
} from './authorizeUpdate.js';
import type { Ruling } from './PhaseGuard.js';
import { ByteBudget } from './ByteBudget.js';
import { UpdateIndex } from './UpdateIndex.js';

type Decoded = ReturnType<typeof Y.decodeUpdate>;

/** An update admitted for the next group commit. */
export interface Admitted<S> {
  readonly socket: S;
  readonly update: Uint8Array;
  readonly decoded: Decoded;
  /** Client ids this update writes under for the first time: bound to `owner` on commit. */
  readonly newClients: readonly number[];
  /** Who wrote it (the owner of its new client ids). */
  readonly writer: Writer;
  /** What the phase rules made of it: a compensation stored and sent right after it. */
  readonly ruling: Ruling | null;
}

/** Judges an admitted update against the board's phase rules (PhaseGuard, via the room). */
export type PhasePolicy<S> = (
  socket: S,
  writer: Writer,
  update: Uint8Array,
  decoded: Decoded,
  touched: readonly Touched[],
  pending: () => readonly Uint8Array[],
) => Ruling | null;

interface Parked<S> {
  readonly socket: S;
  readonly writer: Writer;
  readonly update: Uint8Array;
  readonly decoded: Decoded;
  /** What holding it costs: its bytes and its decoded structs (heldCost). */
  readonly cost: number;
}

/**
 * Memory a decoded struct or deletion range takes beyond its encoded bytes (a Yjs Item, its ID
 * and content objects: about 200 bytes in V8, where a dense update encodes one in 3 to 5 bytes).
 * Charging the encoded length alone let a connection hold 40 times its byte bound (bench H1b).
 */
const STRUCT_COST = 256;
const DELETION_COST = 64;

/**
 * What holding an update and its decoded form costs, in bytes: the bytes, each struct and
 * deletion range, and what the decoded values hold (a string two bytes a character, as V8 may
 * keep it; bytes as they are). A megabyte of text held once as bytes and again as a string
 * weighs three: charging the bytes alone let the parked updates of bench H1a take twice their
 * bound.
 */
export function heldCost(update: Uint8Array, decoded: Decoded): number {
  let deletions = 0;
  for (const ranges of decoded.ds.clients.values()) deletions += ranges.length;
  let values = 0;
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Item) values += contentCost(struct.content);
  }
  return update.length + decoded.structs.length * STRUCT_COST + deletions * DELETION_COST + values;
}

function contentCost(content: Y.Item['content']): number {
  if (content instanceof Y.ContentString) return content.str.length * 2;
  if (content instanceof Y.ContentBinary) return content.content.length;
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
    return valuesCost(content.getContent());
  }
  if (content instanceof Y.ContentEmbed) return valuesCost([content.embed]);
  if (content instanceof Y.ContentFormat) return valuesCost([content.key, content.value]);
  return 0;
}

/** Strings and bytes inside decoded values; iterative, each value visited once. */
function valuesCost(values: readonly unknown[]): number {
  let cost = 0;
  const stack: unknown[] = [];
  for (const value of values) stack.push(value);
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') cost += value.length * 2;
    else if (value instanceof Uint8Array) cost += value.length;
    else if (Array.isArray(value)) for (const child of value as unknown[]) stack.push(child);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        cost += key.length * 2;
        stack.push(child);
      }
    }
  }
  return cost;
}

/** What became of one incoming update. */
export type Admission =
  | { readonly kind: 'admitted' }
  | { readonly kind: 'parked' }
  /** It repeats what the room has: nothing to store or relay. */
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly reason: string; readonly detail?: string };

/** A socket whose update was refused while parked, and why. */
export interface Refusal<S> {
  readonly socket: S;
  readonly writer: Writer;
  readonly reason: string;
  /** What was wrong where, for the log. */
  readonly detail?: string;
}

/** Updates one socket may have waiting for their dependencies before it must resync (1013). */
export const MAX_PARKED_PER_SOCKET = 256;

/** The refusal reason when a socket has too much waiting: it must resync, not stop. */
export const TOO_MANY_PARKED = 'too_many_unresolved';

/** Distinct new client ids one connection may write under (a tab, plus offline leftovers). */
export const MAX_NEW_CLIENTS_PER_SOCKET = 16;

/** How much a gate may hold for updates waiting for their dependencies. */
export interface ParkingLimits {
  /** Bytes per connection. */
  readonly perSocket: number;
  /** The room's budget (which draws on the process's). */
  readonly room: ByteBudget;
}

interface SocketState<S> {
  readonly queue: Parked<S>[];
  readonly budget: ByteBudget;
  readonly clients: Set<number>;
}

/**
 * Decides which incoming updates go to the next group commit. An update that builds on content
 * the room does not have yet is parked, not refused: after a reconnect a client's live edits
 * can overtake the sync reply that carries what they build on, and refusing them would make an
 * honest client loop forever. Each socket's parked updates are retried in arrival order as soon
 * as anything new is admitted, so the work per update stays proportional to what it carries.
 * What waits is bounded in count and in bytes, per socket, per room and per process.
 */
export class WriteGate<S> {
  private admitted: Admitted<S>[] = [];
  private index: UpdateIndex;
  /** Owners of client ids first written by admitted updates, until their commit. */
  private pendingOwners = new Map<number, string>();
  private readonly sockets = new Map<S, SocketState<S>>();

  constructor(
    private readonly doc: Y.Doc,
    /** Owners the room knows besides pending ones: the board's bindings and live presence. */
    private readonly known: Owners = { bound: () => undefined, reserved: () => undefined },
    private readonly limits: ParkingLimits = {
      perSocket: Number.POSITIVE_INFINITY,
      room: new ByteBudget(Number.POSITIVE_INFINITY),
    },
    private readonly policy: PhasePolicy<S> = () => null,
  ) {
    this.index = new UpdateIndex(doc);
  }

  /** Number of updates waiting for their dependencies. */
  get parkedCount(): number {
    let n = 0;
    for (const state of this.sockets.values()) n += state.queue.length;
    return n;
  }

  get hasAdmitted(): boolean {
    return this.admitted.length > 0;
  }

  /** The owner a client id is bound to: pending binding first, then the board's. */
  readonly ownerOf: OwnerOf = (client) =>
    this.pendingOwners.get(client) ?? this.known.bound(client);

  private readonly owners: Owners = {
    bound: this.ownerOf,
    reserved: (c) => this.known.reserved(c),
  };

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
      const state = this.stateOf(socket);
      const cost = heldCost(update, decoded);
      if (state.queue.length >= MAX_PARKED_PER_SOCKET || !state.budget.take(cost)) {
        return { kind: 'refused', reason: TOO_MANY_PARKED };
      }
      state.queue.push({ socket, writer, update, decoded, cost });
      return { kind: 'parked' };
    }
    if (!verdict.ok) return { kind: 'refused', reason: verdict.reason, detail: verdict.detail };
    if (!verdict.changes) return { kind: 'unchanged' };
    const refused = this.admit(socket, writer, update, decoded, verdict);
    if (refused) return { kind: 'refused', reason: refused };
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
    for (const socket of lost) this.forget(socket);
    this.index = new UpdateIndex(this.doc);
    this.pendingOwners = new Map();
    for (const entry of this.admitted) {
      this.index.add(entry.decoded);
      for (const client of entry.newClients) {
        this.pendingOwners.set(client, entry.writer.participantId);
      }
    }
  }

  /** Forgets a socket's parked updates (it left or was closed). */
  forget(socket: S): void {
    const state = this.sockets.get(socket);
    if (!state) return;
    for (const parked of state.queue) state.budget.give(parked.cost);
    this.sockets.delete(socket);
  }

  private stateOf(socket: S): SocketState<S> {
    let state = this.sockets.get(socket);
    if (!state) {
      const budget = new ByteBudget(this.limits.perSocket, this.limits.room);
      state = { queue: [], budget, clients: new Set() };
      this.sockets.set(socket, state);
    }
    return state;
  }

  private check(writer: Writer, decoded: Decoded) {
    const layer = new UpdateIndex(this.doc, this.index);
    layer.add(decoded);
    return authorizeUpdate(decoded, layer, this.doc, writer, this.owners);
  }

  private admit(
    socket: S,
    writer: Writer,
    update: Uint8Array,
    decoded: Decoded,
    verdict: {
      readonly newClients: readonly number[];
      readonly stale: boolean;
      readonly touched: readonly Touched[];
    },
  ): string | null {
    if (verdict.stale) ({ update, decoded } = this.withoutStale(update, decoded));
    const newClients = verdict.newClients;
    if (newClients.length > 0) {
      const clients = this.stateOf(socket).clients;
      for (const client of newClients) clients.add(client);
      if (clients.size > MAX_NEW_CLIENTS_PER_SOCKET) return 'too_many_clients';
      for (const client of newClients) this.pendingOwners.set(client, writer.participantId);
    }
    // Only a ruling that must rebuild the board (rare) needs what waits before it.
    const pending = () =>
      this.admitted.flatMap((a) =>
        a.ruling?.compensation ? [a.update, a.ruling.compensation] : [a.update],
      );
    const ruling = this.policy(socket, writer, update, decoded, verdict.touched, pending);
    this.admitted.push({ socket, update, decoded, newClients, writer, ruling });
    this.index.add(decoded);
    return null;
  }

  /**
   * The update without what lies under clocks the room already has (from the document or an
   * update admitted before): that part was not checked, and Yjs skips it on apply, but the
   * update is stored and relayed as it is, so it would reach every reader unchecked. Honest
   * clients seldom send it (a resend after a reconnect); it costs one encode then.
   */
  private withoutStale(
    update: Uint8Array,
    decoded: Decoded,
  ): { update: Uint8Array; decoded: Decoded } {
    const known = new Map<number, number>();
    for (const { id } of decoded.structs) {
      if (!known.has(id.client)) known.set(id.client, this.index.nextClock(id.client));
    }
    const trimmed = Y.diffUpdate(update, Y.encodeStateVector(known));
    return { update: trimmed, decoded: Y.decodeUpdate(trimmed) };
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
      for (const [socket, state] of this.sockets) {
        const queue = state.queue;
        while (queue.length > 0) {
          const head = queue[0]!;
          const verdict = this.check(head.writer, head.decoded);
          if (!verdict.ok && verdict.reason === 'unresolvable') break;
          queue.shift();
          state.budget.give(head.cost);
          let refused: string | null = null;
          let detail: string | undefined;
          if (!verdict.ok) ({ reason: refused, detail } = verdict);
          else if (verdict.changes) {
            refused = this.admit(socket, head.writer, head.update, head.decoded, verdict);
          }
          if (refused) {
            this.forget(socket);
            onRefusal({ socket, writer: head.writer, reason: refused, detail });
            break;
          }
          moved = true;
        }
      }
    }
  }
}
