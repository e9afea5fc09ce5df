/**
 * Presence load: N clients in one table each send a presence update once a second.
 * Reports the server's CPU use (share of one core) and how many presence messages each client
 * received per second (batching folds many changes into one message).
 * Usage: node --import tsx src/awarenessFlood.ts [clients=500] [seconds=20]
 */
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { startOurServer } from './serverProcess.js';

const clients = Number(process.argv[2] ?? 500);
const seconds = Number(process.argv[3] ?? 20);
const server = await startOurServer({
  secret: 'bench-secret',
  core: 0,
  // Every client joins the demo table from 127.0.0.1 before the measurement.
  env: { TAVOLO_RATE_BURST: '100000', TAVOLO_JOIN_LIMIT_PER_MIN: '1000000' },
});

/** Joins the open demo table as a real participant: the server takes no made-up identity. */
async function join(i: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/tables/robotica/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `P${i}`, organisation: 'Bench', consent: true }),
  });
  if (res.status !== 201) throw new Error(`join: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
const tokens: string[] = [];
for (let i = 0; i < clients; i++) tokens.push(await join(i));

function awarenessFrame(awareness: awarenessProtocol.Awareness): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(
    e,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]),
  );
  return encoding.toUint8Array(e);
}

let received = 0;
const sockets: WebSocket[] = [];
const people = await Promise.all(
  tokens.map(async (token, i) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/sync/robotica?token=${token}`);
    ws.on('message', (data: Buffer) => {
      if (data[0] === 1) received++;
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    sockets.push(ws);
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    return { ws, awareness, i };
  }),
);

const cpu0 = server.cpuSeconds();
const received0 = received;
const started = Date.now();
let tick = 0;
const timer = setInterval(() => {
  // Every 10 ms a hundredth of the clients moves: each client once a second, spread evenly.
  for (const p of people) {
    if (p.i % 100 !== tick % 100) continue;
    p.awareness.setLocalState({ user: { name: `P${p.i}` }, cursor: tick, section: 'needs' });
    p.ws.send(awarenessFrame(p.awareness));
  }
  tick++;
}, 10);
await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
clearInterval(timer);
const elapsed = (Date.now() - started) / 1000;
const cpu = (server.cpuSeconds() - cpu0) / elapsed;
const perClient = (received - received0) / clients / elapsed;
console.log(
  JSON.stringify({
    clients,
    seconds: elapsed,
    serverCpuShareOfOneCore: Number(cpu.toFixed(3)),
    presenceMessagesPerClientPerSecond: Number(perClient.toFixed(1)),
  }),
);
for (const ws of sockets) ws.close();
await server.stop();
