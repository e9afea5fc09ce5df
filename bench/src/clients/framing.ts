import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { ServerKind } from '../servers/ServerProcess.js';

/**
 * How a server frames y-websocket messages. Hocuspocus prefixes every message with the
 * document name (var string) and wants an authentication message first; the others take the
 * bare message (type 0 sync with sub-type step1/step2/update, 1 awareness).
 */
export interface Framing {
  /** Frames a message body (type byte onwards). */
  wrap(body: Uint8Array): Uint8Array;
  /** Offset of the message type in a received frame. */
  bodyOffset(frame: Uint8Array): number;
  /** What a client sends first, before sync (Hocuspocus: its token message). */
  hello(): Uint8Array[];
}

const bare: Framing = {
  wrap: (body) => body,
  bodyOffset: () => 0,
  hello: () => [],
};

/** Hocuspocus's message type of authentication, and its sub-type carrying a token. */
const HOCUSPOCUS_AUTH = 2;
const HOCUSPOCUS_TOKEN = 0;

function hocuspocus(documentName: string): Framing {
  const prefix = (() => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, documentName);
    return encoding.toUint8Array(e);
  })();
  return {
    wrap(body) {
      const out = new Uint8Array(prefix.length + body.length);
      out.set(prefix, 0);
      out.set(body, prefix.length);
      return out;
    },
    bodyOffset(frame) {
      const d = decoding.createDecoder(frame);
      const length = decoding.readVarUint(d);
      return d.pos + length;
    },
    hello() {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, documentName);
      encoding.writeVarUint(e, HOCUSPOCUS_AUTH);
      encoding.writeVarUint(e, HOCUSPOCUS_TOKEN);
      encoding.writeVarString(e, 'bench');
      return [encoding.toUint8Array(e)];
    },
  };
}

/** The framing `kind` uses for the document `documentName`. */
export function framingFor(kind: ServerKind, documentName: string): Framing {
  return kind === 'hocuspocus' ? hocuspocus(documentName) : bare;
}

/** The body of a sync update message: [0 sync][2 update][var bytes]. */
export function updateBody(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** The body of sync step 1 with a state vector. */
export function step1Body(stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, stateVector);
  return encoding.toUint8Array(e);
}

/** The body of an awareness message for one client's state (y-protocols/awareness layout). */
export function awarenessBody(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}
