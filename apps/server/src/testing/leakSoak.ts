/**
 * Opens and closes connections many times against a real server in this process and reports
 * the heap after garbage collection before and after, as one JSON line on stdout.
 * Run with: node --expose-gc --import tsx src/testing/leakSoak.ts <cycles>
 * (leak.test.ts does, in a child process, so that its own heap is not measured).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { parseConfig } from '../config.js';
import { createApp } from '../createApp.js';
import { seedDemo } from '../demo/seedDemo.js';
import { silentLogger } from '../log.js';
import type { DocStore } from '../store/DocStore.js';
import { openDatabase } from '../store/openDatabase.js';
import { SqliteDocStore } from '../store/SqliteDocStore.js';
import { MESSAGE } from '../sync/protocol.js';

const BROKEN = 'guasto';

/** The SQLite store, except that one table's document can never be read. */
class FailingLoadStore implements DocStore {
  /** Set once the broken table exists: from then on its document cannot be read. */
  armed = false;
  constructor(private readonly inner: DocStore) {}
  load(name: string) {
    return this.armed && name === BROKEN
      ? Promise.reject(new Error('disk unavailable'))
      : this.inner.load(name);
  }
  append(name: string, updates: readonly Uint8Array[]) {
    return this.inner.append(name, updates);
  }
  compact(name: string, snapshot: Uint8Array, throughSeq: number) {
    return this.inner.compact(name, snapshot, throughSeq);
  }
  delete(name: string) {
    return this.inner.delete(name);
  }
  close() {
    return this.inner.close();
  }
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const cycles = Number(process.argv[2] ?? 10_000);
const dataDir = mkdtempSync(join(tmpdir(), 'tavolo-soak-'));
const config = parseConfig(
  { PORT: '0', HOST: '127.0.0.1', TAVOLO_DATA_DIR: dataDir, TAVOLO_RATE_BURST: '100000' },
  { cwd: dataDir, webDir: join(dataDir, 'no-web') },
);
const db = openDatabase(join(dataDir, 'tavolo.sqlite'));
const secret = new Uint8Array(32).fill(7);
const sqlite = new SqliteDocStore(db);
const failing = new FailingLoadStore(sqlite);
const app = await createApp(config, {
  db,
  log: silentLogger,
  secret,
  adminKey: 'soak',
  store: failing,
});
await seedDemo(app.catalog);
await app.catalog.createTable(
  null,
  {
    id: BROKEN,
    title: 'Guasto',
    templateId: 'skillNeeds',
    cluster: '',
    area: '',
    moderators: [],
  },
  Date.now(),
);
failing.armed = true;
const { port } = await app.listen();

/** One participant per table, joined through the catalogue, connecting again and again. */
const person = { name: 'Soak', organisation: 'Org', consent: false };
const tokens = new Map<string, string>();
for (const table of ['robotica', 'oleodinamica', BROKEN]) {
  tokens.set(
    table,
    (await app.catalog.admit(table, 'participant', person, null, Date.now())).token,
  );
}
const token = (table: string) => tokens.get(table)!;

function step1Frame(): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.sync);
  syncProtocol.writeSyncStep1(e, new Y.Doc());
  return encoding.toUint8Array(e);
}

/** One connection of kind `i % 4`; resolves with the close code once the socket is closed. */
function cycle(i: number): Promise<number> {
  const kind = i % 4;
  const table = kind === 3 ? BROKEN : 'robotica';
  const tok = kind === 1 ? 'not.a-token' : kind === 2 ? token('oleodinamica') : token(table);
  const ws = new WebSocket(`ws://127.0.0.1:${port}/sync/${table}?token=${tok}`);
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('close', (code) => resolve(code));
    if (kind === 0) {
      ws.on('open', () => ws.send(step1Frame()));
      // The server's step 2 answers our step 1: the room was loaded and served us; leave.
      let frames = 0;
      ws.on('message', () => {
        if (++frames === 2) ws.close(1000);
      });
    }
  });
}

async function run(count: number, from: number): Promise<Map<number, number>> {
  const codes = new Map<number, number>();
  const lanes = 4;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      for (let i = from + lane; i < from + count; i += lanes) {
        const code = await cycle(i);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }),
  );
  return codes;
}

async function settledHeap(): Promise<number> {
  // Let closing rooms finish storing, then collect until the heap stops shrinking.
  while (app.rooms.size > 0 || app.metrics.connections > 0) await new Promise(setImmediate);
  await app.rooms.closeAll();
  let last = Infinity;
  for (let i = 0; i < 10; i++) {
    gc!();
    await new Promise(setImmediate);
    const used = process.memoryUsage().heapUsed;
    if (used >= last) break;
    last = used;
  }
  return process.memoryUsage().heapUsed;
}

const resources = () => process.getActiveResourcesInfo().sort().join(',');
await run(2000, 0);
const baseline = await settledHeap();
const baselineResources = resources();
const codes = await run(cycles, 2000);
const after = await settledHeap();
const result = {
  cycles,
  baseline,
  after,
  codes: Object.fromEntries(codes),
  rooms: app.rooms.size,
  connections: app.metrics.connections,
  resourcesBefore: baselineResources,
  resourcesAfter: resources(),
};
await app.close();
db.close();
process.stdout.write(JSON.stringify(result) + '\n');
