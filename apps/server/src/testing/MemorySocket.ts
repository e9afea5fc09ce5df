import type { Socket } from '../sync/Socket.js';

/** An in-memory socket that records what the room sends it. */
export class MemorySocket implements Socket {
  readonly sent: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  bufferedAmount = 0;

  get isOpen(): boolean {
    return this.closed === null;
  }

  send(data: Uint8Array): void {
    this.sent.push(data);
  }

  close(code: number, reason: string): void {
    this.closed ??= { code, reason };
  }
}
