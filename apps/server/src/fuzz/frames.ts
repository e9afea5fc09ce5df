import { ByteWriter } from './ByteWriter.js';
import { encodeStateVector } from './updates.js';

/** y-websocket message types, and the sync sub-types of y-protocols. */
export const MSG = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SYNC_STEP = { step1: 0, step2: 1, update: 2 } as const;

/** One client's presence in an awareness update; `state` is sent as given (JSON or not). */
export interface PresenceEntry {
  readonly client: number;
  readonly clock: number;
  readonly state: string;
}

/**
 * Sync step 1. Entries are encoded as a state vector; bytes are sent as the payload as they
 * are, so that an empty, truncated or lying state vector can be said.
 */
export function syncStep1(stateVector: ReadonlyArray<readonly [number, number]> | Uint8Array) {
  const payload = stateVector instanceof Uint8Array ? stateVector : encodeStateVector(stateVector);
  return syncFrame(SYNC_STEP.step1, payload);
}

/** Sync step 2: an update answering the other side's state vector. */
export const syncStep2 = (update: Uint8Array) => syncFrame(SYNC_STEP.step2, update);

/** A live update. */
export const syncUpdate = (update: Uint8Array) => syncFrame(SYNC_STEP.update, update);

/** A sync message of any sub-type with any payload. */
export function syncFrame(sub: number, payload: Uint8Array): Uint8Array {
  return new ByteWriter().varUint(MSG.sync).varUint(sub).varBytes(payload).toBytes();
}

/** The awareness update inside an awareness message: count, then client, clock, state. */
export function awarenessUpdate(entries: readonly PresenceEntry[]): Uint8Array {
  const w = new ByteWriter().varUint(entries.length);
  for (const e of entries) w.varUint(e.client).varUint(e.clock).varString(e.state);
  return w.toBytes();
}

/** An awareness message. */
export function awarenessFrame(entries: readonly PresenceEntry[]): Uint8Array {
  return new ByteWriter().varUint(MSG.awareness).varBytes(awarenessUpdate(entries)).toBytes();
}

/** Asks for everyone's presence. */
export const queryAwareness = () => new ByteWriter().varUint(MSG.queryAwareness).toBytes();

/** y-protocols' auth message: permission denied (0) with a reason. */
export function authFrame(reason: string, verdict = 0): Uint8Array {
  return new ByteWriter().varUint(MSG.auth).varUint(verdict).varString(reason).toBytes();
}

/** A message of a type nobody defined, with any payload after it. */
export function unknownFrame(type: number, payload: Uint8Array = new Uint8Array()): Uint8Array {
  return new ByteWriter().varUint(type).bytes(payload).toBytes();
}
