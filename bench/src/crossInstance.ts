/**
 * Scale-out latency (issue 9): W1's layout (12 tables x 25 clients, an edit every 2 s each)
 * spread over two instances of our server on PostgreSQL and Redis, clients of every table on
 * both. Reports edit-to-visible latency for receivers on the sender's instance and on the
 * other one: the difference is what the cross-instance hop (commit, Redis Stream, relay) adds.
 * Usage: node --import tsx src/crossInstance.ts [seconds=30] [tables=12] [clients=25]
 */
import { addCard, ROOT, type Actor } from '@tavolo/board';
import { ChildServer, freePort, TestPostgres, TestRedis } from '@tavolo/server';
import { mkdtempSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

// y-websocket adds a process 'exit' listener per provider.
process.setMaxListeners(0);
const seconds = Number(process.argv[2] ?? 30);
const tableCount = Number(process.argv[3] ?? 12);
const perTable = Number(process.argv[4] ?? 25);
const SECRET = 'bench-scale-out-secret';
const ADMIN = 'bench-admin';

const redis = await TestRedis.start();
const postgres = await TestPostgres.start();
const { pool, name } = await postgres.freshDatabase();
await pool.end();
const instances: Array<{ port: number; server: ChildServer }> = [];
for (let i = 0; i < 2; i++) {
  const port = await freePort();
  const server = new ChildServer({
    PORT: String(port),
    TAVOLO_DATA_DIR: mkdtempSync(join(tmpdir(), `tavolo-bench-node${i}-`)),
    TAVOLO_SECRET: SECRET,
    TAVOLO_ADMIN_KEY: ADMIN,
    TAVOLO_SEED_DEMO: i === 0 ? '1' : '0',
    TAVOLO_DATABASE_URL: `postgres://postgres@127.0.0.1:${postgres.port}/${name}`,
    TAVOLO_REDIS_URL: redis.url,
    TAVOLO_RATE_BURST: '100000',
    // Every simulated person accepts an invitation from 127.0.0.1 before the measurement.
    TAVOLO_INVITE_LIMIT_PER_MIN: '1000000',
  });
  await server.start();
  instances.push({ port, server });
}

// Tables of one event, opened for writing.
const api = <T>(path: string, body?: unknown) =>
  fetch(`http://127.0.0.1:${instances[0]!.port}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then((r) => r.json() as Promise<T>);
const event = await api<{ tables: Array<{ id: string }> }>('/api/events', {
  title: 'Bench scale-out',
  date: '2026-11-23',
  tables: Array.from({ length: tableCount }, (_, t) => ({ title: `Tavolo ${t + 1}` })),
});
const tableIds = event.tables.map((t) => t.id);

interface Client {
  readonly actor: Actor;
  readonly doc: Y.Doc;
  readonly instance: number;
  readonly provider: WebsocketProvider;
}
const samples = { same: [] as number[], other: [] as number[] };
const clients: Client[] = [];
/**
 * Seats a person through an invitation, as people get in: the servers open sockets only for
 * people their (shared) catalogue records, and take names and organisations from it.
 */
async function seat(tableId: string, role: 'moderator' | 'participant', name: string) {
  const { code } = await api<{ code: string }>(`/api/tables/${tableId}/invitations`, { role });
  const joined = await api<{ token: string; participantId: string }>('/api/invitations/accept', {
    code,
    name,
    organisation: 'Bench',
    consent: true,
  });
  const actor: Actor = { id: joined.participantId, role };
  return { actor, token: joined.token };
}

for (const tableId of tableIds) {
  for (let c = 0; c < perTable; c++) {
    const instance = c % 2;
    const { actor, token } = await seat(tableId, c === 0 ? 'moderator' : 'participant', `C${c}`);
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(
      `ws://127.0.0.1:${instances[instance]!.port}/sync`,
      tableId,
      doc,
      {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        params: { token },
      },
    );
    // Each card's text carries when and where it was written.
    doc.getMap<Y.Map<unknown>>(ROOT.cards).observe((e) => {
      const now = performance.now();
      for (const key of e.keysChanged) {
        const text = String(doc.getMap<Y.Map<unknown>>(ROOT.cards).get(key)?.get('text') ?? '');
        const m = /^b:(\d+):(\d+(?:\.\d+)?)$/.exec(text);
        if (!m || e.transaction.local) continue;
        (Number(m[1]) === instance ? samples.same : samples.other).push(now - Number(m[2]));
      }
    });
    clients.push({ actor, doc, instance, provider });
  }
}
await new Promise<void>((resolve) => {
  const timer = setInterval(() => {
    if (clients.every((c) => c.provider.synced)) resolve(void clearInterval(timer));
  }, 20);
});
// Open the boards for writing (the first client of each table moderates).
const { setPhase } = await import('@tavolo/board');
for (const c of clients) if (c.actor.role === 'moderator') setPhase(c.doc, c.actor, 'sharing');
await new Promise((resolve) => setTimeout(resolve, 500));

// Each client edits every 2 s on average, spread evenly.
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const started = Date.now();
const edits = setInterval(() => {
  for (const c of clients) {
    if (Math.random() < 0.05 / 2) {
      addCard(c.doc, c.actor, { section: 'needs', text: `b:${c.instance}:${performance.now()}` });
    }
  }
}, 50);
await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
clearInterval(edits);
await new Promise((resolve) => setTimeout(resolve, 2000));

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const row = (label: string, xs: number[]) =>
  `| ${label} | ${xs.length} | ${pct(xs, 50).toFixed(1)} | ${pct(xs, 99).toFixed(1)} | ${pct(xs, 99.9).toFixed(1)} | ${Math.max(...xs).toFixed(1)} |`;
console.log(
  [
    `W1 on two instances: ${tableCount} tables x ${perTable} clients, ${seconds} s, ${((Date.now() - started) / 1000).toFixed(0)} s measured`,
    '',
    '| receivers | deliveries | p50 ms | p99 ms | p99.9 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('same instance as the writer', samples.same),
    row('other instance (via Redis)', samples.other),
    '',
    `Generator event-loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms (above ~20 ms the generator, not the servers, dominates the tail).`,
    `Cross-instance hop adds ${(pct(samples.other, 50) - pct(samples.same, 50)).toFixed(1)} ms at p50, ${(pct(samples.other, 99) - pct(samples.same, 99)).toFixed(1)} ms at p99.`,
  ].join('\n'),
);
for (const c of clients) c.provider.destroy();
for (const i of instances) await i.server.stop('SIGTERM');
postgres.stop();
await redis.stop();
process.exit(0);
