import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CARD, COMMENT, LEGACY, META, ROOT } from './keys.js';
import { readLegacyIdentities } from './legacyIdentities.js';
import { snapshot } from './snapshot.js';
import { initTable, migrateTable, SCHEMA_VERSION } from './table.js';

/** A board as schema version 2 wrote it: names on cards and comments, profiles with consent. */
function version2Board(): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  initTable(doc, { tableId: 'robotica', title: 'Robotica', templateId: 'skillNeeds' });
  doc.transact(() => {
    doc.getMap(ROOT.meta).set(META.schemaVersion, 2);
    const entry = (values: Record<string, unknown>) => {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(values)) map.set(k, v);
      return map;
    };
    doc.getMap(ROOT.cards).set(
      'c1',
      entry({
        [CARD.id]: 'c1',
        [CARD.section]: 'needs',
        [CARD.kind]: 'skillNeed',
        [CARD.authorId]: 'laura',
        [LEGACY.authorName]: 'Laura Bassi',
        [LEGACY.organisation]: 'Officine Reggiane',
        [CARD.createdAt]: 1,
        [CARD.text]: 'Tecnico PLC',
      }),
    );
    doc.getMap(ROOT.comments).set(
      'm1',
      entry({
        [COMMENT.id]: 'm1',
        [COMMENT.cardId]: 'c1',
        [COMMENT.authorId]: 'marco',
        [LEGACY.authorName]: 'Marco Serra',
        [LEGACY.organisation]: 'Fonderie Serra',
        [COMMENT.text]: 'Anche da noi',
        [COMMENT.createdAt]: 2,
      }),
    );
    const profiles = doc.getMap(LEGACY.participantsRoot);
    profiles.set('laura', {
      name: 'Laura Bassi',
      organisation: 'Officine Reggiane',
      consent: true,
    });
    profiles.set('paolo', { name: 'Paolo Ferri', organisation: 'Automazioni', consent: false });
  });
  return doc;
}

const NAMES = ['Laura Bassi', 'Officine Reggiane', 'Marco Serra', 'Fonderie Serra', 'Paolo Ferri'];

/** The board's whole encoding as text, to search for (ASCII) names in. */
function bytesOf(doc: Y.Doc): string {
  return Array.from(Y.encodeStateAsUpdate(doc), (byte) => String.fromCharCode(byte)).join('');
}

describe('identity on boards of schema version 2', () => {
  it('reads every person the board names: profiles with their consent, other authors without', () => {
    const people = readLegacyIdentities(version2Board());
    expect(people.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'laura', name: 'Laura Bassi', organisation: 'Officine Reggiane', consent: true },
      { id: 'marco', name: 'Marco Serra', organisation: 'Fonderie Serra', consent: false },
      { id: 'paolo', name: 'Paolo Ferri', organisation: 'Automazioni', consent: false },
    ]);
  });

  it('migrating erases every name and organisation, and no encoding of the board keeps them', () => {
    const doc = version2Board();
    const before = bytesOf(doc);
    for (const name of NAMES) expect(before).toContain(name);

    expect(migrateTable(doc)).toBe(true);
    expect(snapshot(doc).schemaVersion).toBe(SCHEMA_VERSION);
    expect(readLegacyIdentities(doc)).toEqual([
      // Authors stay known by id: the catalogue names them from now on.
      { id: 'laura', name: '', organisation: '', consent: false },
      { id: 'marco', name: '', organisation: '', consent: false },
    ]);
    const after = bytesOf(doc);
    for (const name of NAMES) expect(after).not.toContain(name);
    // The contributions themselves are intact.
    const card = snapshot(doc).sections[0]?.cards[0];
    expect(card).toMatchObject({ id: 'c1', authorId: 'laura', text: 'Tecnico PLC' });
    expect(card?.comments[0]).toMatchObject({ authorId: 'marco', text: 'Anche da noi' });
  });

  it('a replica that receives the migration drops the names too', () => {
    const server = version2Board();
    const phone = new Y.Doc({ gc: true });
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(server);
    migrateTable(server);
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(server, before));
    expect(readLegacyIdentities(phone).map((p) => p.name)).toEqual(['', '']);
    for (const name of NAMES) expect(bytesOf(phone)).not.toContain(name);
  });
});
