import WebSocket from 'ws';
import { step1Body } from '../clients/framing.js';

/** The server's per-connection rate limits (defaults of apps/server/src/config.ts). */
export interface Pace {
  readonly messagesPerSecond: number;
  readonly messagesBurst: number;
  readonly bytesPerSecond: number;
  readonly bytesBurst: number;
}

/** What one hostile client does. */
export interface AttackPlan {
  /** Where it connects (a real participant's token: the server admits nobody else). */
  readonly url: string;
  /** The next message body to send; null sends nothing after syncing. */
  readonly next: (() => Uint8Array) | null;
  /** Send without waiting for the server's sync reply (frames that arrive while a room loads). */
  readonly sendAtOnce: boolean;
  /** Stop reading once synced (the socket is paused): what the server sends it piles up. */
  readonly neverRead: boolean;
  /** Messages per connection; it then idles (Infinity: until closed). */
  readonly perConnection: number;
  /** Connect again when closed, as a hostile client would (not after 4401/4403/4404). */
  readonly reconnect: boolean;
  /**
   * Open another connection this often, keeping the old ones (0: never). A client that never
   * reads cannot see its close frame: it opens new sockets on a timer instead.
   */
  readonly renewMs: number;
}

/** Rate limits are kept with this margin: the server's clock sees frames late and bunched. */
const MARGIN = 0.9;
/** The attacker's own send backlog stays below this: a stalled server must not grow us. */
const MAX_BACKLOG = 4 * 1024 * 1024;
const FINAL = new Set([4401, 4403, 4404]);

/**
 * A hostile client: a real participant's connection that sends what its plan says as fast as
 * the server's rate limits let it (just under them, so that it is not closed for rate), and
 * optionally never reads. Counts what closed it (code and reason, as its socket saw them).
 */
export class Attacker {
  private ws: WebSocket | null = null;
  /** Earlier sockets kept open (never read) after renewing. */
  private readonly kept: WebSocket[] = [];
  private renewal: ReturnType<typeof setInterval> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private stopped = false;
  private tokens = { messages: 0, bytes: 0, at: 0 };
  private sentHere = 0;
  private synced = false;
  /** A frame taken from the plan that the rate limits did not let out yet. */
  private pending: Uint8Array | null = null;
  readonly closes = new Map<string, number>();
  connections = 0;
  messagesSent = 0;
  bytesSent = 0;

  constructor(
    private readonly plan: AttackPlan,
    private readonly pace: Pace,
  ) {}

  /** Connects (and keeps connecting, if the plan says so) until `stop`. */
  start(): Promise<void> {
    if (this.plan.renewMs > 0) {
      this.renewal = setInterval(() => {
        if (this.ws) this.kept.push(this.ws);
        void this.connect();
      }, this.plan.renewMs);
    }
    return this.connect();
  }

  get isOpen(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  private connect(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const ws = new WebSocket(this.plan.url, {
      perMessageDeflate: false,
      // A zero mask (a valid key for the server, which unmasks every frame alike) lets ws skip
      // masking and copying megabytes in JS: otherwise the generator, not the server, stalls.
      generateMask: (mask: Buffer) => void mask.fill(0),
    });
    this.ws = ws;
    this.connections++;
    this.sentHere = 0;
    this.synced = false;
    this.tokens = {
      messages: this.pace.messagesBurst * MARGIN,
      bytes: this.pace.bytesBurst * MARGIN,
      at: performance.now(),
    };
    ws.binaryType = 'nodebuffer';
    ws.on('error', () => {});
    ws.on('message', (data: Buffer) => this.onMessage(ws, data));
    ws.on('close', (code, reason) => {
      // Closing our own sockets at the end of the attack is not the server's doing.
      if (this.stopped) return;
      const key = `${code} ${reason.toString() || '(no reason)'}`;
      this.closes.set(key, (this.closes.get(key) ?? 0) + 1);
      if (this.ws === ws) this.ws = null;
      if (this.plan.reconnect && !this.stopped && !FINAL.has(code)) {
        setTimeout(() => void this.connect(), 100);
      }
    });
    return new Promise((resolve) => {
      ws.once('open', () => {
        ws.send(step1Body(new Uint8Array([0])));
        if (this.plan.sendAtOnce) this.pump();
        resolve();
      });
      ws.once('close', () => resolve());
    });
  }

  private onMessage(ws: WebSocket, data: Buffer): void {
    // The server's sync step 2 (its document) answers our step 1: we are synced.
    if (this.synced || data[0] !== 0 || data[1] !== 1) return;
    this.synced = true;
    if (this.plan.neverRead) (ws as unknown as { _socket: { pause(): void } })._socket.pause();
    this.pump();
    if (this.plan.next && !this.timer) this.timer = setInterval(() => this.pump(), 20);
  }

  /** Sends what the rate limits allow now. */
  private pump(): void {
    const ws = this.ws;
    const next = this.plan.next;
    if (!ws || ws.readyState !== WebSocket.OPEN || !next) return;
    const now = performance.now();
    const dt = (now - this.tokens.at) / 1000;
    const pace = this.pace;
    this.tokens.at = now;
    this.tokens.messages = Math.min(
      pace.messagesBurst * MARGIN,
      this.tokens.messages + dt * pace.messagesPerSecond * MARGIN,
    );
    this.tokens.bytes = Math.min(
      pace.bytesBurst * MARGIN,
      this.tokens.bytes + dt * pace.bytesPerSecond * MARGIN,
    );
    while (this.sentHere < this.plan.perConnection && ws.bufferedAmount < MAX_BACKLOG) {
      const frame = this.pending ?? next();
      if (this.tokens.messages < 1 || this.tokens.bytes < frame.length) {
        this.pending = frame;
        return;
      }
      this.pending = null;
      this.tokens.messages -= 1;
      this.tokens.bytes -= frame.length;
      ws.send(frame);
      this.sentHere++;
      this.messagesSent++;
      this.bytesSent += frame.length;
    }
  }

  /** Stops sending and reconnecting; closes the socket (terminates it if it never reads). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.renewal) clearInterval(this.renewal);
    this.timer = null;
    for (const old of this.kept.splice(0)) old.terminate();
    const ws = this.ws;
    if (!ws) return;
    if (this.plan.neverRead) ws.terminate();
    else ws.close();
  }
}
