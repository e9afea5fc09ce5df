import type { PhaseMemory } from './PhaseGuard.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { Relay } from '../scale/Relay.js';
import type { DocStore } from '../store/DocStore.js';
import type { ByteBudget } from './ByteBudget.js';
import type { RoomPeople } from './RoomDirectory.js';
import type { Socket } from './Socket.js';

/** Where a change to the room's document came from. */
export type Origin =
  | { readonly kind: 'store' }
  | { readonly kind: 'connection'; readonly socket: Socket }
  | { readonly kind: 'relay' }
  | { readonly kind: 'local' };

/** Byte bounds of a room (docs/operations.md, "Bounds"). */
export interface RoomLimits {
  /** Bytes one connection may have waiting (parked updates, frames sent while loading). */
  readonly heldPerSocket: number;
  /** Bytes one room may have waiting. */
  readonly heldPerRoom: number;
  /** The process's budget for waiting bytes, shared by every room. */
  readonly heldInProcess: ByteBudget;
  /** Largest board (snapshot plus log) that still accepts writes. */
  readonly maxBoardBytes: number;
}

/** Tunables and collaborators of a room. */
export interface RoomOptions {
  readonly store: DocStore;
  readonly log: Logger;
  readonly metrics: Metrics;
  /** Compact the log into a snapshot after this many appended updates. */
  readonly compactEvery: number;
  /** Presence changes within this window go out as one message. */
  readonly awarenessBatchMs: number;
  /** A socket with more than this many bytes waiting to be sent is closed (1013). */
  readonly maxBufferedBytes: number;
  readonly limits: RoomLimits;
  /** The clock for the phase rules' grace period (Date.now by default). */
  readonly now?: () => number;
  /**
   * How long after participants could last write cards (or vote) an offline backlog that
   * arrives is still accepted (default 10 minutes; docs/protocol.md, Phases).
   */
  readonly phaseGraceMs?: number;
  /** What the process remembers of closed rooms' phase guards (Rooms keeps one). */
  readonly phaseMemory?: PhaseMemory;
  /** Other server instances hosting the same tables (scale-out); none on a single node. */
  readonly relay?: Relay;
  /** The catalogue's people, for each connection's directory; none in unit tests of a room. */
  readonly people?: RoomPeople;
}
