import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { encodeAwareness } from './protocol.js';

/**
 * The presence of a room: applies clients' awareness updates, remembers which client ids
 * each connection controls (to clear them when it drops), and relays changes in batches:
 * every change within `batchMs` goes out as one message per recipient, so hundreds of phones
 * sending presence every second cost tens of broadcasts per second, not hundreds.
 */
export class AwarenessRelay<S> {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owned = new Map<S, Set<number>>();
  private readonly changed = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    doc: Y.Doc,
    private readonly batchMs: number,
    private readonly broadcast: (message: Uint8Array) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
  }

  /** Applies a client's awareness update; throws on a malformed one. */
  apply(from: S, update: Uint8Array): void {
    if (!this.owned.has(from)) this.owned.set(from, new Set());
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, from);
  }

  /** The full presence state, for a newcomer; null when nobody is present. */
  everything(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? encodeAwareness(this.awareness, ids) : null;
  }

  /** Applies presence relayed from another server instance. */
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
    awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
    return awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...ids]);
  }

  private readonly onUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const owned = this.owned.get(origin as S);
    if (owned) {
      for (const id of change.added) owned.add(id);
      for (const id of change.removed) owned.delete(id);
    }
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
    this.changed.clear();
  }
}
