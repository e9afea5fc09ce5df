import WebSocket from 'ws';
import { awarenessBody, step1Body, type Framing } from './framing.js';
import { nowMicros, readMarkers, stampMarker } from './marker.js';
import type { Recorder } from './Recorder.js';

/** A pre-generated edit: its framed bytes and where its marker's send time goes. */
export interface Edit {
  readonly index: number;
  readonly frame: Buffer;
  readonly markerAt: number;
}

const EMPTY_STATE_VECTOR = new Uint8Array([0]);

/**
 * A protocol-level client: no Y.Doc, just frames. Syncs from an empty state (step 1 with an
 * empty state vector, synced once step 2 arrives), sends pre-generated edits and presence, and
 * reports every marker it receives in a sync update to the recorder.
 */
export class LoadClient {
  private ws: WebSocket | null = null;
  private awarenessClock = 0;
  private resolveSynced: ((ms: number) => void) | null = null;
  /** performance.now() when step 2 arrived; resolves once. */
  readonly synced: Promise<number>;
  /** The sync step 2 payload received (the server's whole document), when asked to keep it. */
  state: Uint8Array | null = null;
  closeCode: number | null = null;

  constructor(
    private readonly url: string,
    private readonly framing: Framing,
    readonly number: number,
    readonly clientId: number,
    /** Where received markers are reported; swapped between steps. */
    public recorder: Recorder | null,
    private readonly options: { keepState?: boolean; syncedOnOpen?: boolean } = {},
  ) {
    this.synced = new Promise((resolve) => (this.resolveSynced = resolve));
  }

  /** Opens the socket and asks for the document. Resolves when the socket is open. */
  connect(): Promise<void> {
    const ws = new WebSocket(this.url, { perMessageDeflate: false });
    this.ws = ws;
    ws.binaryType = 'nodebuffer';
    ws.on('message', this.onMessage);
    ws.on('close', (code) => (this.closeCode = code));
    // Closing a socket that is still connecting emits an error after `connect` has settled;
    // the close code tells the harness what happened, so it must not crash the run.
    ws.on('error', () => {});
    return new Promise((resolve, reject) => {
      ws.once('error', reject);
      ws.once('open', () => {
        for (const hello of this.framing.hello()) ws.send(hello);
        ws.send(this.framing.wrap(step1Body(EMPTY_STATE_VECTOR)));
        if (this.options.syncedOnOpen) this.markSynced();
        resolve();
      });
    });
  }

  get isOpen(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  get bufferedAmount(): number {
    return this.ws?.bufferedAmount ?? 0;
  }

  private markSynced(): void {
    this.resolveSynced?.(performance.now());
    this.resolveSynced = null;
  }

  private readonly onMessage = (data: Buffer) => {
    const at = this.framing.bodyOffset(data);
    const type = data[at];
    if (type === 0) {
      const sub = data[at + 1];
      if (sub === 2 && this.recorder) {
        const now = nowMicros();
        const recorder = this.recorder;
        readMarkers(data, at + 2, (index, sent) =>
          recorder.received(index, this.number, sent, now),
        );
      } else if (sub === 1) {
        if (this.options.keepState && this.resolveSynced) this.state = readPayload(data, at + 2);
        this.markSynced();
      }
    } else if (type === 1 && this.recorder) {
      this.recorder.awarenessMessages++;
    }
  };

  /** Stamps and sends an edit; returns the send time in microseconds. */
  sendEdit(edit: Edit): number {
    const micros = nowMicros();
    stampMarker(edit.frame, edit.markerAt, micros);
    this.ws!.send(edit.frame);
    return micros;
  }

  /** Sends a raw message body (framed for the server). */
  sendBody(body: Uint8Array): void {
    this.ws!.send(this.framing.wrap(body));
  }

  /** Sends this client's presence (a new awareness clock each time). */
  sendPresence(state: unknown): void {
    this.sendBody(awarenessBody(this.clientId, ++this.awarenessClock, state));
  }

  close(): void {
    this.ws?.close();
  }

  /** Closes and waits for the close handshake (or 2 s). */
  async closed(): Promise<void> {
    const ws = this.ws;
    if (!ws || ws.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        ws.terminate();
        resolve();
      }, 2000);
      ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      ws.close();
    });
  }
}

/** Reads a var-length byte payload at `at`. */
function readPayload(data: Buffer, at: number): Uint8Array {
  let length = 0;
  let shift = 0;
  let pos = at;
  for (;;) {
    const byte = data[pos++]!;
    length += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) break;
  }
  return new Uint8Array(data.subarray(pos, pos + length));
}
