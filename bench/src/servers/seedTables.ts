import { addCard, initTable, readPhase, setPhase, type Actor } from '@tavolo/board';
import * as Y from 'yjs';
import { LoadClient } from '../clients/LoadClient.js';
import { holds } from '../clients/probes.js';
import { within } from '../clients/within.js';
import { framingFor, updateBody } from '../clients/framing.js';
import type { ServerProcess } from './ServerProcess.js';
import { clientUrl, createOurTables } from './targets.js';

const MODERATOR = { name: 'Moderatrice', organisation: 'Clust-ER' };

/**
 * Reads the whole document `tableId` from a server with a bare sync (step 1, step 2). Tries
 * three times: Hocuspocus may leave a connection unanswered that arrives while it is unloading
 * the same document (its last client just left).
 */
export async function fetchState(server: ServerProcess, tableId: string): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchOnce(server, tableId);
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

async function fetchOnce(server: ServerProcess, tableId: string): Promise<Uint8Array> {
  const url = clientUrl(server, tableId, await server.guests.reader(tableId));
  const client = new LoadClient(url, framingFor(server.kind, tableId), -1, 1, null, {
    keepState: true,
  });
  try {
    await within(client.connect(), 10_000, `${server.kind}: opening ${tableId}`);
    await within(client.synced, 10_000, `${server.kind}: reading ${tableId}`);
  } finally {
    await client.closed();
  }
  return client.state!;
}

/**
 * Makes `count` tables ready on a server, in phase 'sharing' with `seedCards` cards written by
 * the moderator, and returns each table's whole document, the base the edits are generated on.
 * Ours creates its tables through the API (initialised by the server); the peers are sent the
 * same layout by a client. The relay stores nothing: its base lives in the clients only.
 */
export async function seedTables(
  server: ServerProcess,
  count: number,
  seedCards: number,
): Promise<Array<{ id: string; base: Uint8Array }>> {
  const ids =
    server.kind === 'ours'
      ? await createOurTables(server, count)
      : Array.from({ length: count }, (_, i) => `bench-t${i}`);
  const out: Array<{ id: string; base: Uint8Array }> = [];
  for (const id of ids) {
    const seat = await server.guests.one(id, 'moderator', MODERATOR);
    const moderator: Actor = { id: seat.participantId, role: 'moderator' };
    const remote = server.kind === 'relay' ? null : await fetchState(server, id);
    const doc = new Y.Doc();
    if (remote) Y.applyUpdate(doc, remote);
    const before = Y.encodeStateVector(doc);
    initTable(doc, { tableId: id, title: id, templateId: 'skillNeeds', phase: 'sharing' });
    if (readPhase(doc) !== 'sharing') setPhase(doc, moderator, 'sharing');
    for (let i = 0; i < seedCards; i++) {
      addCard(doc, moderator, {
        section: ['needs', 'trends', 'proposals'][i % 3]!,
        text: `Contributo iniziale ${i}`,
      });
    }
    if (remote) {
      await pushAndConfirm(server, id, seat.token, Y.encodeStateAsUpdate(doc, before), doc);
    }
    out.push({ id, base: Y.encodeStateAsUpdate(doc) });
    doc.destroy();
  }
  return out;
}

async function pushAndConfirm(
  server: ServerProcess,
  id: string,
  token: string,
  update: Uint8Array,
  doc: Y.Doc,
) {
  const url = clientUrl(server, id, token);
  const writer = new LoadClient(url, framingFor(server.kind, id), -1, doc.clientID, null);
  await writer.connect();
  await writer.synced;
  writer.sendBody(updateBody(update));
  // At least what was sent: ours adds its own update binding the writer's client id.
  const want = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (let attempt = 0; attempt < 100; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const check = new Y.Doc();
    Y.applyUpdate(check, await fetchState(server, id));
    const has = holds(check, want);
    check.destroy();
    if (has) {
      await writer.closed();
      return;
    }
  }
  throw new Error(`${server.kind}: seeding ${id} was not confirmed (close ${writer.closeCode})`);
}
