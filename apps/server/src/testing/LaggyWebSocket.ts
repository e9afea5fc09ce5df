import WebSocket from 'ws';

/**
 * A `ws` client whose frames, in both directions, arrive after a random delay drawn from
 * `delayMs` — in order, as over TCP. Pass the class made by `laggyWebSocket` to y-websocket's
 * WebsocketProvider as its WebSocketPolyfill to simulate a slow or jittery network.
 */
export function laggyWebSocket(delayMs: () => number): {
  readonly Class: new (url: string, protocols?: string | string[]) => WebSocket;
  /** Frames sent or received but not yet through, over every socket of this network. */
  readonly inFlight: () => number;
  /** Frames handed over so far, over every socket of this network. */
  readonly delivered: () => number;
} {
  const onmessage = Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage')!;
  let inFlight = 0;
  let delivered = 0;
  const later = (deliver: () => void, at: number) => {
    inFlight++;
    setTimeout(() => {
      inFlight--;
      delivered++;
      deliver();
    }, at - Date.now());
  };
  const Class = class LaggyWebSocket extends WebSocket {
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
            later(() => handler?.(event), this.nextIn);
          });
        },
      });
    }

    override send(data: unknown): void {
      this.nextOut = due(this.nextOut);
      later(() => {
        if (this.readyState === WebSocket.OPEN) super.send(data as Buffer);
      }, this.nextOut);
    }
  };
  return { Class, inFlight: () => inFlight, delivered: () => delivered };

  /** When the frame after one due at `previous` is due. */
  function due(previous: number): number {
    return Math.max(previous, Date.now() + delayMs());
  }
}
