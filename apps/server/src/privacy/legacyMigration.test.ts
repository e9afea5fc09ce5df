import { readLegacyIdentities, ROOT, SCHEMA_VERSION, snapshot } from '@tavolo/board';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyStored } from '../store/storedDoc.js';
import { api } from '../testing/api.js';
import { legacyBoardUpdates, type LegacyPerson } from '../testing/legacyBoard.js';
import { RawRecorder } from '../testing/RawRecorder.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { until } from '../testing/until.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

/** Joined through the catalogue before the upgrade: the catalogue knows her already. */
const KNOWN = { name: 'Ludovica Cornalina', organisation: 'Officine Turchese', consent: true };
/** Only the old board names them (old demo data): one with a profile saying yes, one without. */
const FORGOTTEN: LegacyPerson[] = [
  { id: 'old-a', name: 'Gualtiero Antimonio', organisation: 'Fonderia Bismuto', consent: true },
  { id: 'old-b', name: 'Ippolita Manganese', organisation: 'Telai Cobalto', consent: null },
];

/** The database file and its WAL as text, to search for the UTF-8 bytes of a name in. */
function fileText(s: TestServer): string {
  const file = join(s.dataDir, 'tavolo.sqlite');
  return Buffer.concat(
    [file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path)),
  ).toString('latin1');
}
const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** A new table whose stored board is replaced by one as schema 2 wrote it. */
async function oldTable(s: TestServer) {
  const event = await api(s, 'POST', '/api/events', {
    title: 'Giornata di una volta',
    date: '2024-05-12',
    tables: [{ title: 'Tavolo di una volta', openJoin: true }],
  });
  const tableId: string = event.body.tables[0].id;
  const known = await s.join(tableId, 'participant', KNOWN);
  const people: LegacyPerson[] = [{ id: known.participantId, ...KNOWN }, ...FORGOTTEN];
  await s.app.store.delete(tableId);
  await s.app.store.append(tableId, legacyBoardUpdates(tableId, people));
  return { tableId, known, people };
}

describe('an old board, with names on it, opened by this version', () => {
  it('moves the names it alone knows into the catalogue, then erases every copy from the board', async () => {
    const s = (server = await startTestServer());
    const { tableId, known, people } = await oldTable(s);
    const names = people.flatMap((p) => [p.name, p.organisation]);
    for (const name of names) expect(fileText(s)).toContain(utf8(name));

    // The first connection loads the room, which migrates the board before greeting anyone.
    const reader = new RawRecorder(s.url, tableId, known.token);
    await reader.opened;
    await until(() => reader.has('Contributo numero 2'), 'the board');
    await s.app.rooms.get(tableId)!.loaded;

    // The catalogue recorded those it did not know, with the consent their profile gave.
    const recorded = await s.app.catalog.people.list(tableId);
    expect(recorded.map((p) => [p.name, p.organisation, p.consent, p.role])).toEqual([
      [KNOWN.name, KNOWN.organisation, true, 'participant'],
      ['Gualtiero Antimonio', 'Fonderia Bismuto', true, 'participant'],
      ['Ippolita Manganese', 'Telai Cobalto', false, 'participant'],
    ]);
    expect(recorded.map((p) => p.id)).toEqual([known.participantId, 'old-a', 'old-b']);

    // The board keeps ids only, and its contributions.
    const stored = applyStored(new Y.Doc(), await s.app.store.load(tableId));
    expect(snapshot(stored).schemaVersion).toBe(SCHEMA_VERSION);
    expect(readLegacyIdentities(stored).every((p) => p.name === '' && p.organisation === '')).toBe(
      true,
    );
    expect(stored.getMap(ROOT.cards).size).toBe(3);
    // Its sections too, in their order, with the title a moderator gave one of them.
    expect(snapshot(stored).sections.map((x) => [x.id, x.title ?? null])).toEqual([
      ['needs', null],
      ['trends', 'Numeri del comparto'],
      ['proposals', null],
    ]);
    expect((await s.app.store.load(tableId)).updates).toHaveLength(0);
    // What the board itself sends carries no name: names reach a reader through its directory.
    for (const frame of reader.framesOfType(0)) {
      for (const name of names) expect(frame.includes(Buffer.from(name))).toBe(false);
    }

    // The catalogue's record is now the only copy of each name: rewrite those records, and no
    // byte of the file (nor of its WAL) spells any of them any more.
    s.db
      .prepare("UPDATE participants SET name = 'x', organisation = 'y' WHERE table_id = ?")
      .run(tableId);
    s.db.pragma('wal_checkpoint(TRUNCATE)');
    const after = fileText(s);
    for (const name of names) expect(after, name).not.toContain(utf8(name));
    reader.close();
  });

  it('exports the paper of an old board no room opened yet, crediting its authors', async () => {
    const s = (server = await startTestServer());
    const { tableId } = await oldTable(s);
    const res = await fetch(`${s.httpUrl}/api/tables/${tableId}/paper?format=md`, {
      headers: { authorization: `Bearer ${(await s.join(tableId, 'secretariat')).token}` },
    });
    const md = await res.text();
    // Names only with a yes (Gualtiero said yes, Ippolita never answered); organisations all.
    expect(md).toContain('Gualtiero Antimonio');
    expect(md).not.toContain('Ippolita Manganese');
    for (const org of ['Officine Turchese', 'Fonderia Bismuto', 'Telai Cobalto']) {
      expect(md).toContain(org);
    }
  });
});
