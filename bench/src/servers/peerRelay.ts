import { createServer } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

/**
 * The ceiling: a `ws` server that forwards every frame to the other sockets on the same URL
 * path, with no CRDT work, no checks and no storage.
 */
export async function startRelay(port: number): Promise<() => Promise<void>> {
  const rooms = new Map<string, Set<WebSocket>>();
  const wss = new WebSocketServer({ noServer: true });
  const server = createServer((_req, res) => res.end('relay'));
  server.on('upgrade', (req, socket, head) => {
    const name = (req.url ?? '/').split('?')[0]!;
    wss.handleUpgrade(req, socket, head, (ws) => {
      let room = rooms.get(name);
      if (!room) rooms.set(name, (room = new Set()));
      room.add(ws);
      ws.on('message', (data: RawData, isBinary: boolean) => {
        for (const other of room) if (other !== ws) other.send(data, { binary: isBinary });
      });
      ws.on('close', () => {
        room.delete(ws);
        if (room.size === 0) rooms.delete(name);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return async () => {
    for (const ws of wss.clients) ws.terminate();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
