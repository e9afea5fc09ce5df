import WebSocket from 'ws';

/**
 * A plain `ws` socket speaking just enough y-websocket to be served a table (a sync step 1
 * with an empty state vector, a presence query) and recording every byte the server sends.
 * Nothing of Tavolo reads what arrives: tests search the raw bytes, as a hostile client would.
 */
export class RawRecorder {
  private readonly frames: Buffer[] = [];
  private readonly socket: WebSocket;
  readonly opened: Promise<void>;

  constructor(url: string, tableId: string, token: string) {
    this.socket = new WebSocket(`${url}/${tableId}?token=${encodeURIComponent(token)}`);
    this.socket.on('message', (data: Buffer) => this.frames.push(Buffer.from(data)));
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => {
        // [sync][step 1][state vector: no clients]; [query awareness].
        this.socket.send(new Uint8Array([0, 0, 1, 0]));
        this.socket.send(new Uint8Array([3]));
        resolve();
      });
      this.socket.once('error', reject);
    });
  }

  /** Everything received so far, in order. */
  bytes(): Buffer {
    return Buffer.concat(this.frames);
  }

  /** How many bytes have arrived: a mark to look at what came after. */
  get length(): number {
    return this.frames.reduce((n, f) => n + f.length, 0);
  }

  /** Whether the UTF-8 bytes of `text` arrived (within bytes `from`..`to`). */
  has(text: string, from = 0, to = Infinity): boolean {
    return this.bytes().subarray(from, to).includes(Buffer.from(text, 'utf8'));
  }

  /** Frames whose first byte (the y-websocket message type) is `type`. */
  framesOfType(type: number): Buffer[] {
    return this.frames.filter((f) => f[0] === type);
  }

  close(): void {
    this.socket.close();
  }
}
