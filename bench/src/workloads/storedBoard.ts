import { addCard, initTable, setPhase, updateCard, type Actor } from '@tavolo/board';
import { openDatabase, SqliteDocStore } from '@tavolo/server';
import { join } from 'node:path';
import * as Y from 'yjs';
import { framingFor, updateBody } from '../clients/framing.js';
import { LoadClient } from '../clients/LoadClient.js';
import { prng } from '../clients/prng.js';
import { holds } from '../clients/probes.js';
import { fetchState } from '../servers/seedTables.js';
import { startServer, type ServerKind, type ServerProcess } from '../servers/ServerProcess.js';
import { clientUrl, createOurTables } from '../servers/targets.js';

/** A board written as `count` separate updates by 50 participants (cards added, rewritten). */
export function boardUpdates(base: Uint8Array, count: number, textLength: number): Uint8Array[] {
  // 30% new cards, 70% rewrites: 10,000 entries of 60-character texts make a ~1 MB board.
  const random = prng(42);
  const writers = Array.from({ length: 50 }, (_, i) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);
    const actor: Actor = {
      id: `w${i}`,
      role: 'participant',
    };
    return { doc, actor, cards: [] as string[] };
  });
  const filler = 'Competenze di automazione, robotica e dati per le imprese della filiera. ';
  const text = (n: number) => `${n} ${filler.repeat(Math.ceil(textLength / filler.length))}`;
  const updates: Uint8Array[] = [];
  for (let n = 0; n < count; n++) {
    const w = writers[n % writers.length]!;
    let update: Uint8Array | null = null;
    const take = (u: Uint8Array) => (update = u);
    w.doc.on('update', take);
    if (w.cards.length === 0 || random() < 0.3) {
      const id = `${w.actor.id}-${n}`;
      const section = ['needs', 'trends', 'proposals'][n % 3]!;
      addCard(w.doc, w.actor, { section, text: text(n).slice(0, textLength) }, { id });
      w.cards.push(id);
    } else {
      const id = w.cards[Math.floor(random() * w.cards.length)]!;
      updateCard(w.doc, w.actor, id, { text: `${text(n).slice(0, textLength - 10)} (rev.)` });
    }
    w.doc.off('update', take);
    updates.push(update!);
  }
  for (const w of writers) w.doc.destroy();
  return updates;
}

/** A server holding one stored board, stopped, ready to be started cold (possibly again). */
export interface StoredBoard {
  readonly tableId: string;
  readonly dataDir: string;
  /** Bytes of the whole document (Y.encodeStateAsUpdate). */
  readonly documentBytes: number;
  readonly updates: number;
  /** Tokens of the participants seated at the table before it was stored, for its joiners. */
  readonly tokens: readonly string[];
  /** Starts the server on the stored data; the room is not loaded until someone joins. */
  start(): Promise<ServerProcess>;
}

/**
 * Prepares a board of `count` updates in a server's storage: ours appends them to its SQLite
 * log through its own store (as if written live and never compacted), Hocuspocus receives them
 * through the protocol and stores the document with its SQLite extension when the room empties.
 * `joiners` participants are seated at the table meanwhile (the catalogue keeps them across
 * restarts). y-websocket-server and the relay keep nothing on disk: null.
 */
export async function storeBoard(
  kind: ServerKind,
  count: number,
  textLength: number,
  joiners: number,
  /** Profiles the restarted server (the one joined), written when it stops. */
  cpuProfDir?: string,
): Promise<StoredBoard | null> {
  if (kind === 'yws' || kind === 'relay') return null;
  const server = await startServer(kind, { core: 0 });
  const tableId = kind === 'ours' ? (await createOurTables(server, 1))[0]! : 'board';
  const people = Array.from({ length: joiners }, (_, i) => ({
    name: `Ospite ${i}`,
    organisation: 'Bench',
  }));
  const tokens = (await server.guests.join(tableId, 'participant', people)).map((s) => s.token);
  const { base, prelude } =
    kind === 'ours' ? openForWriting(await fetchState(server, tableId)) : layoutUpdate(tableId);
  const updates = [...prelude, ...boardUpdates(base, count - prelude.length, textLength)];
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  for (const u of updates) Y.applyUpdate(doc, u);
  const documentBytes = Y.encodeStateAsUpdate(doc).length;
  doc.destroy();
  if (kind === 'ours') {
    await server.stop();
    const db = openDatabase(join(server.dataDir, 'tavolo.sqlite'));
    await new SqliteDocStore(db).append(tableId, updates);
    db.close();
  } else {
    await pushThroughProtocol(server, tableId, [base, ...updates]);
    await server.stop();
  }
  return {
    tableId,
    dataDir: server.dataDir,
    documentBytes,
    updates: count,
    tokens,
    start: () => startServer(kind, { core: 0, dataDir: server.dataDir, cpuProfDir }),
  };
}

function layoutUpdate(tableId: string) {
  const doc = new Y.Doc();
  initTable(doc, { tableId, title: tableId, templateId: 'skillNeeds', phase: 'sharing' });
  const base = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { base, prelude: [] as Uint8Array[] };
}

/** Our new table starts in preparation: the moderator's move to 'sharing' is the first entry. */
function openForWriting(stored: Uint8Array) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored);
  const before = Y.encodeStateVector(doc);
  setPhase(doc, MODERATOR, 'sharing');
  const prelude = [Y.encodeStateAsUpdate(doc, before)];
  const base = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { base, prelude };
}

const MODERATOR: Actor = { id: 'm', role: 'moderator' };

/** Sends updates one message each, waits until the server has them all, then leaves. */
export async function pushThroughProtocol(
  server: ServerProcess,
  tableId: string,
  updates: readonly Uint8Array[],
): Promise<void> {
  const writer = { name: 'Redazione', organisation: 'Bench' };
  const seat = await server.guests.one(tableId, 'moderator', writer);
  const url = clientUrl(server, tableId, seat.token);
  const client = new LoadClient(url, framingFor(server.kind, tableId), -1, 7, null);
  await client.connect();
  await client.synced;
  for (const u of updates) {
    client.sendBody(updateBody(u));
    while (client.bufferedAmount > 1 << 20) await new Promise((r) => setTimeout(r, 5));
  }
  const want = new Y.Doc();
  for (const u of updates) Y.applyUpdate(want, u);
  // At least what was sent: ours adds its own update binding the writer's client id.
  const target = Y.decodeStateVector(Y.encodeStateVector(want));
  want.destroy();
  for (let i = 0; i < 600; i++) {
    const check = new Y.Doc();
    Y.applyUpdate(check, await fetchState(server, tableId));
    const done = holds(check, target);
    check.destroy();
    if (done) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await client.closed();
  // Hocuspocus stores a document when its last connection leaves; give it that moment.
  await new Promise((r) => setTimeout(r, 1000));
}
