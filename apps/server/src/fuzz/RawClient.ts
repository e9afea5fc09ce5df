import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MSG, SYNC_STEP, syncStep1 } from './frames.js';

/** How the server closed a socket. */
export interface Closed {
  readonly code: number;
  readonly reason: string;
}

/** A frame the server sent, decoded just enough to tell what it is. */
export interface ServerFrame {
  readonly type: number;
  /** Sync sub-type (0 step 1, 1 step 2, 2 update), -1 otherwise. */
  readonly sub: number;
  /** The state vector, update or awareness update it carries. */
  readonly payload: Uint8Array;
}

/** Reads a server frame; throws on one a y-websocket client could not read either. */
export function readServerFrame(data: Uint8Array): ServerFrame {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === MSG.sync) {
    const sub = decoding.readVarUint(decoder);
    return { type, sub, payload: decoding.readVarUint8Array(decoder) };
  }
  if (type === MSG.awareness)
    return { type, sub: -1, payload: decoding.readVarUint8Array(decoder) };
  return { type, sub: -1, payload: new Uint8Array() };
}

/**
 * A WebSocket client that sends whatever frames it is given and records everything the server
 * sends back: the y-websocket protocol spoken by hand, as a hostile client would.
 */
export class RawClient {
  readonly ws: WebSocket;
  readonly frames: ServerFrame[] = [];
  /** Everyone's presence as this client was told it. */
  readonly presence = new awarenessProtocol.Awareness(new Y.Doc());
  closedWith: Closed | null = null;
  readonly closed: Promise<Closed>;
  /** Called with every frame the server sends, before anyone waiting is told. */
  onFrame: ((frame: ServerFrame) => void) | null = null;
  private listeners = new Set<() => void>();

  constructor(
    wsUrl: string,
    table: string,
    token: string | null,
    /** Whether to keep everyone's presence (lanes of the fuzzer do not need it). */
    private readonly trackPresence = true,
  ) {
    const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
    this.ws = new WebSocket(`${wsUrl}/${table}${query}`);
    this.presence.setLocalState(null);
    this.ws.on('error', () => {});
    this.ws.on('message', (data: Buffer) => {
      const frame = readServerFrame(new Uint8Array(data));
      this.frames.push(frame);
      this.onFrame?.(frame);
      if (frame.type === MSG.awareness && this.trackPresence) {
        awarenessProtocol.applyAwarenessUpdate(this.presence, frame.payload, 'server');
      }
      this.notify();
    });
    this.closed = new Promise((resolve) =>
      this.ws.on('close', (code, reason) => {
        this.closedWith = { code, reason: reason.toString() };
        resolve(this.closedWith);
        this.notify();
      }),
    );
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Resolves with the first frame from index `from` on that matches; rejects when the socket
   * closes first or after `limitMs`.
   */
  waitFor(match: (f: ServerFrame) => boolean, from = 0, limitMs = 10_000): Promise<ServerFrame> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.frames.slice(from).find(match);
        if (found) done(() => resolve(found));
        else if (this.closedWith)
          done(() =>
            reject(new Error(`closed ${this.closedWith!.code} ${this.closedWith!.reason}`)),
          );
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`no matching frame within ${limitMs} ms`))),
        limitMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        settle();
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Resolves once `check` holds; rejects when the socket closes first or after `limitMs`. */
  async until(check: () => boolean, limitMs = 10_000): Promise<void> {
    if (check()) return;
    await this.waitFor(() => check(), this.frames.length, limitMs);
  }

  /** Resolves with the server's sync step 1, sent once the room is loaded. */
  greeted(limitMs = 10_000): Promise<ServerFrame> {
    return this.waitFor((f) => f.type === MSG.sync && f.sub === SYNC_STEP.step1, 0, limitMs);
  }

  /** The server's state vector, from its greeting. */
  async serverStateVector(): Promise<Map<number, number>> {
    return Y.decodeStateVector((await this.greeted()).payload);
  }

  /** Sends frames in order, once the socket is open; dropped when it is closing or closed. */
  send(...frames: Uint8Array[]): void {
    if (this.ws.readyState === WebSocket.CONNECTING) {
      if (this.queued.length === 0) {
        this.ws.once('open', () => {
          for (const frame of this.queued.splice(0)) this.ws.send(frame);
        });
      }
      this.queued.push(...frames);
      return;
    }
    for (const frame of frames) if (this.isOpen) this.ws.send(frame);
  }

  private readonly queued: Uint8Array[] = [];

  /**
   * Sends sync step 1 with `stateVector` (empty by default) and resolves with the step 2 the
   * server answers, and how long it took.
   */
  async roundTrip(
    stateVector: ReadonlyArray<readonly [number, number]> = [],
    limitMs = 10_000,
  ): Promise<{ update: Uint8Array; ms: number }> {
    const from = this.frames.length;
    const started = performance.now();
    this.send(syncStep1(stateVector));
    const reply = await this.waitFor(
      (f) => f.type === MSG.sync && f.sub === SYNC_STEP.step2,
      from,
      limitMs,
    );
    return { update: reply.payload, ms: performance.now() - started };
  }

  /** Every update the server sent: step 2 answers and live updates. */
  updates(): Uint8Array[] {
    return this.frames
      .filter((f) => f.type === MSG.sync && f.sub !== SYNC_STEP.step1)
      .map((f) => f.payload);
  }

  /** The document as this client was told it. */
  document(): Y.Doc {
    const doc = new Y.Doc();
    for (const update of this.updates()) Y.applyUpdate(doc, update);
    return doc;
  }

  close(): Promise<Closed> {
    if (this.ws.readyState === WebSocket.CONNECTING || this.isOpen) this.ws.close(1000);
    return this.closed;
  }
}
