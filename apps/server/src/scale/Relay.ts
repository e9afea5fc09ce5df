/** What a room hears from the other server instances hosting the same table. */
export interface RelayHandlers {
  /** An update another instance has committed to the shared store. */
  update(update: Uint8Array): void;
  /** A presence change of a client connected to another instance. */
  awareness(update: Uint8Array): void;
  /** The relay lost updates it cannot replay (a long outage): reload from the store. */
  resync(): void;
}

/**
 * Carries committed updates and presence between server instances (scale-out). A room joins
 * before it loads from the store, so that nothing committed elsewhere after the load is missed;
 * what arrives twice is harmless (Yjs updates are idempotent).
 */
export interface Relay {
  join(room: string, handlers: RelayHandlers): Promise<() => void>;
  /** Publishes updates this instance has committed, in commit order. */
  publishUpdates(room: string, updates: readonly Uint8Array[]): void;
  publishAwareness(room: string, update: Uint8Array): void;
  close(): Promise<void>;
}
