import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MalformedMessage, readUint } from './protocol.js';

/** One client's presence in an awareness update: null removes it. */
export interface PresenceEntry {
  readonly clientId: number;
  readonly clock: number;
  readonly state: Record<string, unknown> | null;
}

/** An entry as received: its state still JSON text, parsed only if the entry is kept. */
export interface RawPresenceEntry {
  readonly clientId: number;
  readonly clock: number;
  readonly json: string;
}

/**
 * Entries one awareness message may carry. Stock y-websocket clients echo every change they
 * receive, so an honest message may name everyone in the room; the message's size bounds the
 * work, and only the entries a connection holds are parsed at all.
 */
export const MAX_PRESENCE_ENTRIES = 4096;

/** Largest JSON text of one presence state, in bytes. */
export const MAX_PRESENCE_BYTES = 2048;

/**
 * Decodes a client's awareness update (y-protocols/awareness layout: a count, then client id,
 * clock and JSON state per entry) with every bound checked before anything is read. The states
 * stay text: see parseState.
 */
export function decodePresence(update: Uint8Array): RawPresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = readUint(decoder);
  // Each entry takes at least three bytes: a larger count is a lie, refused before looping.
  if (count > MAX_PRESENCE_ENTRIES || count * 3 > update.length) {
    throw new MalformedMessage('too many presence entries');
  }
  const entries: RawPresenceEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = readUint(decoder);
    const clock = readUint(decoder);
    const length = readUint(decoder);
    if (length > MAX_PRESENCE_BYTES || length > decoder.arr.length - decoder.pos) {
      throw new MalformedMessage('presence state too large or truncated');
    }
    const bytes = decoding.readUint8Array(decoder, length);
    // A view of the message's bytes, read as text without copying them first.
    const json = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    entries.push({ clientId, clock, json });
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes after presence');
  return entries;
}

/** The state of a kept entry: null (a removal) or an object; throws MalformedMessage. */
export function parseState(json: string): Record<string, unknown> | null {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    throw new MalformedMessage('presence state is not JSON');
  }
  if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
    throw new MalformedMessage('presence state is not an object');
  }
  return state as Record<string, unknown> | null;
}

/** Encodes entries back into an awareness update. */
export function encodePresence(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Who a connection is, as others see it in presence: stamped by the server, never the client.
 * No name nor organisation: presence goes to everyone in the room, and each reader resolves the
 * id through its own directory (at an anonymous table a participant learns nobody's name).
 */
export interface PresenceUser {
  readonly id: string;
  readonly role: string;
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;
const FIELD_MAX = 64;

/**
 * The state others receive: the server's `user` (id, role, and the client's colour if it is
 * one), and only the fields Tavolo's presence has (`editing`, `section`: short strings or null).
 * Anything else a client put there, a name included, is dropped.
 */
export function stampPresence(
  state: Record<string, unknown>,
  user: PresenceUser,
): Record<string, unknown> {
  const claimed = state.user as Record<string, unknown> | undefined;
  const colour = typeof claimed?.colour === 'string' && COLOUR.test(claimed.colour);
  return {
    user: { ...user, ...(colour ? { colour: claimed!.colour } : {}) },
    editing: shortText(state.editing),
    section: shortText(state.section),
  };
}

function shortText(value: unknown): string | null {
  return typeof value === 'string' && value.length <= FIELD_MAX ? value : null;
}
