import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLOSE_GRACE_MS, WsSocket } from './WsSocket.js';

/** A `ws` connection as WsSocket sees it, with what was done to it. */
function fakeWs(bufferedAmount: number) {
  const done: string[] = [];
  const ws = {
    readyState: WebSocket.OPEN as number,
    bufferedAmount,
    send: () => done.push('send'),
    close: (code: number) => {
      done.push(`close ${code}`);
      ws.readyState = WebSocket.CLOSING;
    },
    terminate: () => {
      done.push('terminate');
      ws.readyState = WebSocket.CLOSED;
    },
  };
  return { ws, done };
}

describe('closing a connection', () => {
  it('cuts a peer far behind once the grace has passed without an answer to the close', () => {
    const { ws, done } = fakeWs(8 * 1024 * 1024);
    const timers: Array<{ run: () => void; ms: number }> = [];
    const socket = new WsSocket(ws as never, (run, ms) => timers.push({ run, ms }));
    socket.close(1013, 'connection too slow');
    expect(done).toEqual(['close 1013']);
    expect(timers.map((t) => t.ms)).toEqual([CLOSE_GRACE_MS]);
    timers[0]!.run();
    expect(done).toEqual(['close 1013', 'terminate']);
  });

  it('leaves a peer that answered the close, or had little queued, to close by itself', () => {
    const behind = fakeWs(8 * 1024 * 1024);
    const timers: Array<() => void> = [];
    new WsSocket(behind.ws as never, (run) => timers.push(run)).close(1013, 'slow');
    behind.ws.readyState = WebSocket.CLOSED; // it answered within the grace
    timers[0]!();
    expect(behind.done).toEqual(['close 1013']);

    const light = fakeWs(100);
    const none: Array<() => void> = [];
    new WsSocket(light.ws as never, (run) => none.push(run)).close(4403, 'phase_closed');
    expect(none).toHaveLength(0);
    expect(light.done).toEqual(['close 4403']);
  });
});
