import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** Top-level message types of the y-websocket protocol, and Tavolo's own. */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Tavolo's extension, server to client only: the people of the table as this connection may
   * see them (docs/protocol.md, "Directory"). y-websocket uses no such type; a stock client
   * logs "Unable to compute message" and carries on.
   */
  directory: 100,
  /**
   * Tavolo's own, server to client only: the room's status for this connection (withheld
   * counts during silent writing, edits not accepted). Stock clients ignore it.
   */
  status: 101,
} as const;

/** Sync sub-types of y-protocols/sync. */
export const SYNC = {
  step1: syncProtocol.messageYjsSyncStep1,
  step2: syncProtocol.messageYjsSyncStep2,
  update: syncProtocol.messageYjsUpdate,
} as const;

/** A message a client sent, decoded just enough for the room to act on it. */
export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' }
  /** Tavolo's extension: a renewed token for the open connection (docs/protocol.md). */
  | { type: 'auth'; token: string };

/** A frame that is not a well-formed message; the connection is closed with 4400. */
export class MalformedMessage extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedMessage';
  }
}

/** Longest token accepted in an auth message. */
const MAX_TOKEN_LENGTH = 4096;

/**
 * Decodes one client frame; throws MalformedMessage on anything malformed or unknown. Every
 * length is checked against the bytes actually left before anything is read, and a state
 * vector is validated here, so later stages never see one that Yjs would choke on.
 */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data);
  const type = readUint(decoder);
  let message: ClientMessage;
  switch (type) {
    case MESSAGE.sync: {
      const sub = readUint(decoder);
      const payload = readBytes(decoder);
      if (sub === SYNC.step1) {
        checkStateVector(payload);
        message = { type: 'syncStep1', stateVector: payload };
      } else if (sub === SYNC.step2 || sub === SYNC.update) {
        message = { type: 'update', update: payload };
      } else throw new MalformedMessage(`unknown sync message ${sub}`);
      break;
    }
    case MESSAGE.awareness:
      message = { type: 'awareness', update: readBytes(decoder) };
      break;
    case MESSAGE.queryAwareness:
      message = { type: 'queryAwareness' };
      break;
    case MESSAGE.auth: {
      const bytes = readBytes(decoder);
      if (bytes.length === 0 || bytes.length > MAX_TOKEN_LENGTH) {
        throw new MalformedMessage('auth message without a token');
      }
      message = { type: 'auth', token: Buffer.from(bytes).toString('utf8') };
      break;
    }
    default:
      throw new MalformedMessage(`unknown message type ${type}`);
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes after message');
  return message;
}

/** A variable-length unsigned integer, at most 2^53 - 1. */
export function readUint(decoder: decoding.Decoder): number {
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw new MalformedMessage('truncated or oversized integer');
  }
}

/** A length-prefixed byte string whose length fits in what is left. */
function readBytes(decoder: decoding.Decoder): Uint8Array {
  const length = readUint(decoder);
  if (length > decoder.arr.length - decoder.pos) {
    throw new MalformedMessage('length beyond the end of the message');
  }
  return decoding.readUint8Array(decoder, length);
}

/** Throws unless `bytes` is exactly one Yjs state vector: a count, then (client, clock) pairs. */
export function checkStateVector(bytes: Uint8Array): void {
  const decoder = decoding.createDecoder(bytes);
  const count = readUint(decoder);
  // Each pair takes at least two bytes: a count beyond that is a lie, refused before looping.
  if (count * 2 > bytes.length - decoder.pos) {
    throw new MalformedMessage('state vector shorter than its count');
  }
  for (let i = 0; i < count; i++) {
    readUint(decoder);
    readUint(decoder);
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes after state vector');
}

/** Sync step 1: the server's state vector, asking the client for what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Sync step 2: everything the client lacks, given its (checked) state vector. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** An update relayed to the other clients of a room. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness update for the given clients of an awareness instance. */
export function encodeAwareness(
  awareness: awarenessProtocol.Awareness,
  clients: readonly number[],
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(
    encoder,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [...clients]),
  );
  return encoding.toUint8Array(encoder);
}

/**
 * A directory message: `[varuint 100][varString JSON { people }]`, from the people's JSON as
 * UTF-8 (the room keeps each role's encoded cut: privacy/DirectoryCuts.ts).
 */
export function encodeDirectory(people: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.directory);
  encoding.writeVarUint(encoder, PEOPLE_OPEN.length + people.length + 1);
  encoding.writeUint8Array(encoder, PEOPLE_OPEN);
  encoding.writeUint8Array(encoder, people);
  encoding.writeUint8(encoder, 0x7d); // }
  return encoding.toUint8Array(encoder);
}

const PEOPLE_OPEN = new TextEncoder().encode('{"people":');

/** An auth message carrying a renewed token for the open connection (Tavolo's extension). */
export function encodeAuth(token: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.auth);
  encoding.writeVarUint8Array(encoder, new TextEncoder().encode(token));
  return encoding.toUint8Array(encoder);
}

/** A sync step 2 carrying an update computed elsewhere (a filtered reply). */
export function encodeSyncStep2FromUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, SYNC.step2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A Tavolo message (type STATUS): the room's status for this connection, as JSON. */
export function encodeStatus(status: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.status);
  encoding.writeVarString(encoder, JSON.stringify(status));
  return encoding.toUint8Array(encoder);
}
