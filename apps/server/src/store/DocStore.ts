/** What storage holds for one document: a compacted snapshot plus the updates after it. */
export interface StoredDoc {
  readonly snapshot: Uint8Array | null;
  readonly updates: readonly Uint8Array[];
  /** Sequence number of the last update in the log, or 0 when the log is empty. */
  readonly lastSeq: number;
}

/**
 * Durable storage of Yjs documents as an append-only update log plus snapshots.
 * Every implementation must pass `docStoreContract` (see docStoreContract.ts).
 */
export interface DocStore {
  /** Reads a document; a document never written reads as empty. */
  load(docName: string): Promise<StoredDoc>;
  /**
   * Appends updates in one transaction and resolves once they are committed durably.
   * Resolves with the sequence number of the last one.
   */
  append(docName: string, updates: readonly Uint8Array[]): Promise<number>;
  /**
   * Replaces the snapshot with `snapshot`, which must contain every update up to and including
   * `throughSeq`, and drops those updates from the log. Updates after `throughSeq` are kept.
   */
  compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /**
   * For storage shared by several instances: merges the log into the snapshot from what is
   * stored, at most one instance at a time per document. Rooms use it instead of `compact`.
   */
  compactLog?(docName: string): Promise<void>;
  /** Removes every trace of a document. */
  delete(docName: string): Promise<void>;
  close(): Promise<void>;
}
