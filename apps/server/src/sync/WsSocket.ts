import WebSocket from 'ws';
import type { Socket } from './Socket.js';

/**
 * How long a closed connection may keep what was queued for it. A peer that does not read never
 * reads the close frame either, and `ws` would wait 30 s for its answer while the frames queued
 * for it (up to the per-socket bound, and no longer counted by the room, which dropped it) stay
 * in memory: bench H1c's slow readers held hundreds of megabytes that way.
 */
export const CLOSE_GRACE_MS = 1_000;

/** A peer this far behind is cut after the grace if it has not answered the close. */
const BEHIND_BYTES = 64 * 1024;

type Schedule = (run: () => void, ms: number) => void;

const later: Schedule = (run, ms) => void setTimeout(run, ms).unref();

/** Adapts a `ws` connection to the room's Socket interface. */
export class WsSocket implements Socket {
  constructor(
    private readonly ws: Pick<
      WebSocket,
      'readyState' | 'bufferedAmount' | 'send' | 'close' | 'terminate'
    >,
    private readonly schedule: Schedule = later,
  ) {}

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }

  send(data: Uint8Array): void {
    this.ws.send(data, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState !== WebSocket.OPEN && this.ws.readyState !== WebSocket.CONNECTING) {
      return;
    }
    this.ws.close(code, reason);
    if (this.ws.bufferedAmount > BEHIND_BYTES) {
      this.schedule(() => {
        if (this.ws.readyState !== WebSocket.CLOSED) this.ws.terminate();
      }, CLOSE_GRACE_MS);
    }
  }
}
