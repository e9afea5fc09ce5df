import * as Y from 'yjs';

/** One local transaction the server has not confirmed yet. */
export interface PendingChange {
  /** The Yjs client that wrote it and the clock the server must reach to hold its insertions. */
  readonly client: number;
  readonly clock: number;
  /** Items it deleted, as [client, clock, length] ranges the server's delete set must cover. */
  readonly deletes: readonly (readonly [number, number, number])[];
}

/** Where the pending list outlives a reload (localStorage in the app). */
export interface PendingStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Counts local changes the server has not acknowledged. The server never acknowledges an update
 * directly, so acknowledgement is inferred from what it sends: its state vector (sync step 1 on
 * connect) proves it holds insertions up to a clock; any update it sends (step 2 replies,
 * relays) proves it holds those insertions and every deletion in the update's delete set.
 * The list is kept in storage, so changes written offline still count after a reload.
 */
export class PendingChanges {
  private changes: PendingChange[];

  constructor(
    private readonly storage: PendingStorage | null,
    private readonly key: string,
  ) {
    this.changes = load(storage, key);
  }

  get count(): number {
    return this.changes.length;
  }

  /** The clients with unconfirmed insertions and the clock the server is known to hold. */
  get list(): readonly PendingChange[] {
    return this.changes;
  }

  /** Records a local transaction; returns false when it changed nothing. */
  record(transaction: Y.Transaction, doc: Y.Doc): boolean {
    const client = doc.clientID;
    const before = transaction.beforeState.get(client) ?? 0;
    const after = transaction.afterState.get(client) ?? 0;
    const deletes: Array<[number, number, number]> = [];
    transaction.deleteSet.clients.forEach((items, deletedClient) => {
      for (const item of items) deletes.push([deletedClient, item.clock, item.len]);
    });
    if (after === before && deletes.length === 0) return false;
    this.changes.push({ client, clock: after > before ? after : 0, deletes });
    this.save();
    return true;
  }

  /** The server's state vector: every change whose insertions it covers and deletes nothing. */
  serverHas(stateVector: Map<number, number>): boolean {
    return this.settle((change) => {
      const insertionsHeld =
        change.clock === 0 || (stateVector.get(change.client) ?? 0) >= change.clock;
      return insertionsHeld ? { ...change, clock: 0 } : change;
    });
  }

  /** An update the server sent: its insertions and its delete set are on the server. */
  serverSent(update: Uint8Array): boolean {
    const stateVector = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update));
    const { ds } = Y.decodeUpdate(update);
    return this.settle((change) => {
      const clock =
        change.clock !== 0 && (stateVector.get(change.client) ?? 0) >= change.clock
          ? 0
          : change.clock;
      const deletes = change.deletes.filter(
        ([client, start, len]) => !covers(ds, client, start, len),
      );
      return { client: change.client, clock, deletes };
    });
  }

  /** Forgets every change (the table was left for good). */
  clear(): void {
    this.changes = [];
    this.storage?.removeItem(this.key);
  }

  private settle(step: (change: PendingChange) => PendingChange): boolean {
    const next = this.changes
      .map(step)
      .filter((change) => change.clock !== 0 || change.deletes.length > 0);
    const changed =
      next.length !== this.changes.length ||
      next.some(
        (c, i) =>
          c.clock !== this.changes[i]!.clock ||
          c.deletes.length !== this.changes[i]!.deletes.length,
      );
    if (changed) {
      this.changes = next;
      this.save();
    }
    return changed;
  }

  private save(): void {
    if (!this.storage) return;
    if (this.changes.length === 0) this.storage.removeItem(this.key);
    else this.storage.setItem(this.key, JSON.stringify(this.changes));
  }
}

type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

function covers(ds: DeleteSet, client: number, start: number, len: number): boolean {
  const items = ds.clients.get(client) ?? [];
  let next = start;
  const end = start + len;
  for (const item of [...items].sort((a, b) => a.clock - b.clock)) {
    if (item.clock > next) break;
    next = Math.max(next, item.clock + item.len);
    if (next >= end) return true;
  }
  return next >= end;
}

function load(storage: PendingStorage | null, key: string): PendingChange[] {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    const parsed = JSON.parse(raw) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (c): c is PendingChange =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as PendingChange).client === 'number' &&
        typeof (c as PendingChange).clock === 'number' &&
        Array.isArray((c as PendingChange).deletes),
    );
  } catch {
    return [];
  }
}
