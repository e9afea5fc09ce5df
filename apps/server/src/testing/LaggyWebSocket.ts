import WebSocket from 'ws';

/**
 * A `ws` client whose frames, in both directions, arrive after a random delay drawn from
 * `delayMs` — in order, as over TCP. Pass the class made by `laggyWebSocket` to y-websocket's
 * WebsocketProvider as its WebSocketPolyfill to simulate a slow or jittery network.
 */
export function laggyWebSocket(
  delayMs: () => number,
): new (url: string, protocols?: string | string[]) => WebSocket {
  const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage')!;
  return class LaggyWebSocket extends WebSocket {
    private nextIn = 0;
    private nextOut = 0;

    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      let handler: ((event: WebSocket.MessageEvent) => void) | null = null;
      // y-websocket assigns onmessage; deliver each frame late, in order.
      Object.defineProperty(this, 'onmessage', {
        get: () => handler,
        set: (fn: ((event: WebSocket.MessageEvent) => void) | null) => {
          handler = fn;
          onmessage.set!.call(this, (event: WebSocket.MessageEvent) => {
            this.nextIn = due(this.nextIn);
            setTimeout(() => handler?.(event), this.nextIn - Date.now());
          });
        },
      });
    }

    override send(data: unknown): void {
      this.nextOut = due(this.nextOut);
      setTimeout(() => {
        if (this.readyState === WebSocket.OPEN) super.send(data as Buffer);
      }, this.nextOut - Date.now());
    }
  };

  /** When the frame after one due at `previous` is due. */
  function due(previous: number): number {
    return Math.max(previous, Date.now() + delayMs());
  }
}
