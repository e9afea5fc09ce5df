import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { PendingChanges } from './PendingChanges.js';

/** The y-websocket message type of sync messages. */
const MESSAGE_SYNC = 0;
const FIRST_PROBE_MS = 150;
const MAX_PROBE_MS = 5000;

/**
 * Learns which local changes the server holds. It reads every sync message the server sends
 * (before y-websocket applies it) and, while changes are pending on a live connection, asks the
 * server for them back: a sync step 1 whose state vector omits the pending clients makes the
 * server answer with what it holds of them, plus its whole delete set. The server commits an
 * update before applying it, so an answer never confirms what is not stored yet; a probe that
 * comes too early is repeated with backoff.
 */
export class ServerAcks {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private delay = FIRST_PROBE_MS;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly pending: PendingChanges,
    private readonly onChange: () => void,
  ) {
    const handle = provider.messageHandlers[MESSAGE_SYNC];
    if (!handle) throw new Error('y-websocket has no sync message handler');
    provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, ...rest) => {
      this.peek(decoder.arr.subarray(decoder.pos));
      handle(encoder, decoder, ...rest);
    };
  }

  /** Call after a local change or a (re)connection. */
  schedule(): void {
    if (this.timer !== null || this.pending.count === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.probe()) {
        this.delay = Math.min(this.delay * 2, MAX_PROBE_MS);
        this.schedule();
      }
    }, this.delay);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private peek(message: Uint8Array): void {
    let changed = false;
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (type === syncProtocol.messageYjsSyncStep1) {
        changed = this.pending.serverHas(Y.decodeStateVector(payload));
      } else {
        changed = this.pending.serverSent(payload);
      }
    } catch {
      // A frame we cannot read is y-websocket's to report; acknowledgements just wait.
      return;
    }
    if (changed) {
      this.delay = FIRST_PROBE_MS;
      this.onChange();
    }
  }

  /** Sends one probe; false when there is nothing to ask or no open socket. */
  private probe(): boolean {
    const ws = this.provider.ws;
    if (this.pending.count === 0) return false;
    if (!this.provider.synced || !ws || ws.readyState !== WebSocket.OPEN) return false;
    const stateVector = Y.decodeStateVector(Y.encodeStateVector(this.provider.doc));
    for (const change of this.pending.list) if (change.clock > 0) stateVector.set(change.client, 0);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
    encoding.writeVarUint8Array(encoder, encodeStateVector(stateVector));
    ws.send(encoding.toUint8Array(encoder));
    return true;
  }
}

function encodeStateVector(stateVector: Map<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, stateVector.size);
  for (const [client, clock] of stateVector) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}
