import * as Y from 'yjs';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { Relay } from '../scale/Relay.js';
import type { DocStore } from '../store/DocStore.js';
import type { Admitted, WriteGate } from './WriteGate.js';

/** What the commit log needs from its room. */
export interface CommitLogOptions {
  readonly store: DocStore;
  readonly log: Logger;
  readonly metrics: Metrics;
  readonly compactEvery: number;
  /** Compact also once the log has grown by this many bytes since the last compaction. */
  readonly compactAfterBytes: number;
  readonly relay?: Relay;
}

/**
 * A room's way to storage: group commits of admitted updates (one transaction for every frame
 * that arrived together), the room's own changes, and compaction. An update is handed back for
 * delivery only once it is committed; then it goes to the other instances.
 */
export class CommitLog<S> {
  private flushing: Promise<void> | null = null;
  private lastSeq = 0;
  private sinceCompaction = 0;
  /** Set when the room closes: a compaction scheduled earlier must not run after it. */
  private stopped = false;
  private compacting: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    private readonly doc: Y.Doc,
    private readonly gate: WriteGate<S>,
    private readonly options: CommitLogOptions,
    private readonly handlers: {
      /**
       * The server's update binding the batch's new client ids to their owners, stored first
       * in the same commit; null when the batch writes under no new client id.
       */
      readonly bind: (batch: readonly Admitted<S>[]) => Uint8Array | null;
      /** Applies committed updates (the binding first) and sends them to the room's clients. */
      readonly deliver: (batch: readonly Admitted<S>[], binding: Uint8Array | null) => void;
      /** Storage failed: these sockets' updates were not committed and must be sent again. */
      readonly lost: (sockets: ReadonlySet<S>) => void;
    },
  ) {}

  /** Bytes of the snapshot plus the log, as far as this room knows. */
  private bytes = 0;
  /** `bytes` right after the last compaction: the log grows from there. */
  private compactedBytes = 0;

  /** What the board takes in storage, as far as this room knows (snapshot plus log). */
  get storedBytes(): number {
    return this.bytes;
  }

  /** Where the stored log stands after the room loaded it. */
  loaded(lastSeq: number, logLength: number, storedBytes: number): void {
    this.lastSeq = lastSeq;
    this.sinceCompaction = logLength;
    this.bytes = storedBytes;
    this.compactedBytes = storedBytes;
  }

  /** Commits what the gate admitted, soon, together with whatever else arrives meanwhile. */
  schedule(): void {
    if (this.flushing) return;
    // Let every frame that has already arrived join the batch: one commit for all.
    this.flushing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.flush())
      .catch((err: unknown) => {
        // A bug, not input: say so, and keep the room committing what comes next.
        this.options.log.error('commit_failed', { room: this.name, error: String(err) });
        this.flushing = null;
      });
  }

  /** Resolves once nothing is being committed or compacted. */
  async idle(): Promise<void> {
    while (this.flushing || this.compacting) await (this.flushing ?? this.compacting);
  }

  /** Stores the room's own change (a migration, a server-side edit) and relays it. */
  async appendOwn(updates: readonly Uint8Array[]): Promise<void> {
    if (updates.length === 0) return;
    this.lastSeq = await this.options.store.append(this.name, updates);
    this.options.relay?.publishUpdates(this.name, updates);
    this.sinceCompaction += updates.length;
    for (const update of updates) this.bytes += update.length;
  }

  /**
   * No compaction runs on its own from now on (the room is closing: it compacts once more
   * itself, or not at all when its table was deleted).
   */
  stop(): void {
    this.stopped = true;
  }

  get hasUncompacted(): boolean {
    return this.sinceCompaction > 0;
  }

  private async flush(): Promise<void> {
    const batch = this.gate.takeBatch();
    const binding = this.handlers.bind(batch);
    // Each update, then the server's compensation of what the phase rules did not accept.
    const updates = batch.flatMap((p) =>
      p.ruling?.compensation ? [p.update, p.ruling.compensation] : [p.update],
    );
    if (binding) updates.unshift(binding);
    const started = performance.now();
    try {
      this.lastSeq = await this.options.store.append(this.name, updates);
    } catch (err) {
      // Nothing was applied or relayed, so no other client has seen these updates; their
      // senders still hold them and send them again when they resync.
      this.options.log.error('store_append_failed', { room: this.name, error: String(err) });
      const lost = new Set(batch.map((p) => p.socket));
      this.gate.settled(lost);
      this.handlers.lost(lost);
      this.flushing = null;
      if (this.gate.hasAdmitted) this.schedule();
      return;
    }
    this.options.metrics.storeAppend((performance.now() - started) / 1000);
    this.handlers.deliver(batch, binding);
    this.gate.settled();
    this.options.relay?.publishUpdates(this.name, updates);
    this.sinceCompaction += updates.length;
    for (const update of updates) this.bytes += update.length;
    this.flushing = null;
    if (this.gate.hasAdmitted) this.schedule();
    if (
      this.sinceCompaction >= this.options.compactEvery ||
      this.bytes - this.compactedBytes > this.options.compactAfterBytes
    ) {
      setImmediate(() => {
        if (!this.stopped) void this.compact();
      });
    }
  }

  /** Writes the whole document as one snapshot and trims the log. */
  compact(): Promise<void> {
    const run = this.compactNow().finally(() => {
      if (this.compacting === run) this.compacting = null;
    });
    this.compacting = run;
    return run;
  }

  private async compactNow(): Promise<void> {
    const throughSeq = this.lastSeq;
    this.sinceCompaction = 0;
    try {
      // Shared storage merges its own log: this instance's document may still lack an update
      // another instance committed with a lower sequence number.
      const store = this.options.store;
      if (store.compactLog) {
        await store.compactLog(this.name);
        this.compactedBytes = this.bytes;
      } else {
        const snapshot = Y.encodeStateAsUpdate(this.doc);
        const appendedSince = this.bytes;
        await store.compact(this.name, snapshot, throughSeq);
        // What was appended while compacting stays in the log, on top of the snapshot.
        this.bytes = snapshot.length + (this.bytes - appendedSince);
        this.compactedBytes = snapshot.length;
      }
    } catch (err) {
      this.options.log.error('compaction_failed', { room: this.name, error: String(err) });
    }
  }
}
