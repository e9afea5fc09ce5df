import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import {
  decodePresence,
  parseState,
  stampPresence,
  type PresenceEntry,
  type RawPresenceEntry,
  type PresenceUser,
} from './presenceUpdate.js';
import { applyPresence } from './applyPresence.js';
import { encodeAwareness } from './protocol.js';

/** Client ids one connection may hold presence for (a tab has one; a few for reconnects). */
export const MAX_PRESENCE_IDS = 4;

/** Who sends a presence update, as the server verified it. */
export interface PresenceSender {
  /** The owner of the client ids it claims: its participant id. */
  readonly owner: string;
  /** What others see of it, stamped over whatever the client wrote. */
  readonly user: PresenceUser;
}

interface Claim<S> {
  /** The connection holding the id now; null once it left (the owner may come back). */
  readonly socket: S | null;
  readonly owner: string;
}

/**
 * The presence of a room: applies clients' awareness updates, remembers which client ids
 * each connection controls (to clear them when it drops), and relays changes in batches:
 * every change within `batchMs` goes out as one message per recipient, so hundreds of phones
 * sending presence every second cost tens of broadcasts per second, not hundreds.
 *
 * A connection sets presence only for client ids it holds: an id never seen in the room (and
 * not bound by the board to another person), or one its own person held before, at most
 * MAX_PRESENCE_IDS of them. Entries for any other id are dropped, not applied nor relayed:
 * stock y-websocket clients echo everyone's presence back (and remove states that timed out),
 * so such entries are normal traffic, not an attack to close the connection for. The `user`
 * others see is the server's, from the token and the catalogue.
 */
export class AwarenessRelay<S> {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owned = new Map<S, Set<number>>();
  private readonly claims = new Map<number, Claim<S>>();
  private readonly changed = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    doc: Y.Doc,
    private readonly batchMs: number,
    private readonly broadcast: (message: Uint8Array) => void,
    /** The owner the board binds a client id to, if any (the board's `clients` map). */
    private readonly boundOwner: (clientId: number) => string | undefined = () => undefined,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
  }

  /**
   * Applies what a client's awareness update may change, stamped, and returns it (for other
   * instances), or null when it changed nothing it may change. Throws MalformedMessage on a
   * malformed update.
   */
  apply(from: S, update: Uint8Array, sender: PresenceSender): readonly PresenceEntry[] | null {
    const entries = decodePresence(update);
    const mine = this.owned.get(from) ?? new Set<number>();
    this.owned.set(from, mine);
    const allowed = entries.filter((e) => this.hold(from, e, sender.owner, mine));
    if (allowed.length === 0) return null;
    const stamped: PresenceEntry[] = allowed.map((e) => {
      const state = parseState(e.json);
      return {
        clientId: e.clientId,
        clock: e.clock,
        state: state && stampPresence(state, sender.user),
      };
    });
    applyPresence(this.awareness, stamped, from);
    return stamped;
  }

  /** Whether `from` holds the entry's client id (taking it when it may); false to drop it. */
  private hold(from: S, entry: RawPresenceEntry, owner: string, mine: Set<number>): boolean {
    const clientId = entry.clientId;
    const claim = this.claims.get(clientId);
    if (claim?.socket === from) return true;
    // A removal never takes an id: clients remove others' states that timed out on their side.
    if (entry.json.trim() === 'null') return false;
    if (claim) {
      // The same person's new connection takes over (the old one is likely dead, not closed).
      if (claim.owner !== owner) return false;
      if (claim.socket !== null) this.owned.get(claim.socket)?.delete(clientId);
    } else if (!this.isFreeFor(clientId, owner)) {
      return false;
    }
    if (mine.size >= MAX_PRESENCE_IDS) return false;
    this.claims.set(clientId, { socket: from, owner });
    mine.add(clientId);
    return true;
  }

  /** True when nobody but `owner` has a claim on an id no connection here holds. */
  private isFreeFor(clientId: number, owner: string): boolean {
    if (clientId === this.awareness.clientID) return false;
    const bound = this.boundOwner(clientId);
    if (bound !== undefined && bound !== owner) return false;
    if (!this.awareness.meta.has(clientId)) return true;
    // Seen already, relayed from another instance: its stamped user is its owner (the same
    // person may move to this instance, as after a reconnect through a load balancer).
    const state = this.awareness.getStates().get(clientId) as
      { user?: { id?: unknown } } | undefined;
    return state?.user?.id === owner;
  }

  /** The owner of a client id's presence on this instance, if anyone claimed it. */
  ownerOf(clientId: number): string | undefined {
    return this.claims.get(clientId)?.owner;
  }

  /** The full presence state, for a newcomer; null when nobody is present. */
  everything(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? encodeAwareness(this.awareness, ids) : null;
  }

  /** Applies presence relayed from another server instance (stamped and checked there). */
  applyRemote(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, 'relay');
  }

  /**
   * Removes the presence a dropped connection controlled; returns the removal as an awareness
   * update (for other instances), or null when it controlled none.
   */
  drop(from: S): Uint8Array | null {
    const ids = this.owned.get(from);
    this.owned.delete(from);
    if (!ids || ids.size === 0) return null;
    for (const id of ids) {
      const claim = this.claims.get(id);
      if (claim) this.claims.set(id, { socket: null, owner: claim.owner });
    }
    // Only ids the awareness has seen: a claim whose update changed nothing left no trace.
    const seen = [...ids].filter((id) => this.awareness.meta.has(id));
    if (seen.length === 0) return null;
    awarenessProtocol.removeAwarenessStates(this.awareness, seen, null);
    return awarenessProtocol.encodeAwarenessUpdate(this.awareness, seen);
  }

  private readonly onUpdate = (change: {
    added: number[];
    updated: number[];
    removed: number[];
  }) => {
    for (const id of [...change.added, ...change.updated, ...change.removed]) this.changed.add(id);
    if (this.changed.size > 0 && this.timer === null) {
      this.timer = setTimeout(this.flush, this.batchMs);
    }
  };

  /** Sends every change since the last flush as one message. */
  readonly flush = (): void => {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.changed.size === 0) return;
    const ids = [...this.changed];
    this.changed.clear();
    this.broadcast(encodeAwareness(this.awareness, ids));
  };

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
    this.owned.clear();
    this.claims.clear();
    this.changed.clear();
  }
}
