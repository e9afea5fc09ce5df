import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CARD, LEGACY, META, ROOT } from './keys.js';
import { snapshot } from './snapshot.js';
import { readSections, renameSection } from './sections.js';
import { MODERATOR } from './testing/fixtures.js';
import { initTable, migrateTable, SCHEMA_VERSION } from './table.js';

describe('initTable', () => {
  it.each([
    { templateId: 'skillNeeds', sections: ['needs', 'trends', 'proposals'] },
    { templateId: 'needsTable', sections: ['needsNow', 'needsEmerging', 'needsEvidence'] },
    { templateId: 'trendsTable', sections: ['demand', 'supply', 'readings'] },
    {
      templateId: 'proposalsTable',
      sections: ['proposalsTraining', 'proposalsAttraction', 'proposalsSystem'],
    },
    { templateId: 'goodPractice', sections: ['practices', 'transferability', 'proposals'] },
    { templateId: 'talentAttraction', sections: ['needs', 'barriers', 'proposals'] },
    { templateId: 'blank', sections: [] },
  ])('$templateId lays out $sections', ({ templateId, sections }) => {
    const doc = new Y.Doc();
    initTable(doc, { tableId: 't', title: 'T', templateId });
    expect(readSections(doc).map((s) => s.id)).toEqual(sections);
    expect(snapshot(doc)).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      phase: 'preparation',
      voteBudget: 3,
    });
  });

  it('rejects an unknown template and writes nothing', () => {
    const doc = new Y.Doc();
    expect(() => initTable(doc, { tableId: 't', title: 'T', templateId: 'toString' })).toThrow(
      expect.objectContaining({ code: 'unknown_template' }),
    );
    expect(doc.getMap(ROOT.meta).size).toBe(0);
  });

  it('leaves an initialised table as it is', () => {
    const doc = new Y.Doc();
    initTable(doc, { tableId: 't', title: 'Prima', templateId: 'skillNeeds' });
    initTable(doc, { tableId: 't', title: 'Seconda', templateId: 'blank' });
    expect(doc.getMap(ROOT.meta).get(META.title)).toBe('Prima');
    expect(readSections(doc)).toHaveLength(3);
  });
});

/** A board exactly as version 1 (the foundation) wrote it: no control state at all. */
function version1Board(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = doc.getMap(ROOT.meta);
    meta.set(META.schemaVersion, 1);
    meta.set(META.tableId, 'robotica');
    meta.set(META.title, 'Robotica');
    meta.set(META.templateId, 'skillNeeds');
    meta.set(META.sections, [
      { id: 'needs', kind: 'skillNeed' },
      { id: 'trends', kind: 'dataTrend' },
      { id: 'proposals', kind: 'proposal' },
    ]);
    const card = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({
      [CARD.id]: 'c1',
      [CARD.section]: 'needs',
      [CARD.kind]: 'skillNeed',
      [CARD.authorId]: 'p1',
      [LEGACY.authorName]: 'Laura',
      [LEGACY.organisation]: 'Reggiane',
      [CARD.createdAt]: 1,
      [CARD.text]: 'Tecnico PLC',
    })) {
      card.set(k, v);
    }
    doc.getMap(ROOT.cards).set('c1', card);
  });
  return doc;
}

describe('migrateTable', () => {
  it('opens a version-1 board in this version, cards intact, writable as before', () => {
    const doc = version1Board();
    expect(migrateTable(doc)).toBe(true);
    const snap = snapshot(doc);
    expect(snap).toMatchObject({ schemaVersion: SCHEMA_VERSION, phase: 'sharing', voteBudget: 3 });
    expect(snap.sections.map((s) => s.id)).toEqual(['needs', 'trends', 'proposals']);
    expect(snap.sections[0]?.cards[0]).toMatchObject({ id: 'c1', text: 'Tecnico PLC', skills: [] });
    expect(migrateTable(doc)).toBe(false);
  });

  it('converges when two replicas migrate the same old board', () => {
    const a = version1Board();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrateTable(a);
    migrateTable(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(snapshot(a).phase).toBe('sharing');
  });

  it('moves a version-3 section list, custom titles and order kept, out of meta', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const meta = doc.getMap(ROOT.meta);
      meta.set(META.schemaVersion, 3);
      meta.set(META.tableId, 'libera');
      meta.set(META.templateId, 'blank');
      meta.set(META.sections, [
        { id: 'b', kind: 'note', title: 'Idee' },
        { id: 'a', kind: 'proposal', title: 'Proposte' },
        { id: 'needs', kind: 'skillNeed' },
        { id: 'bad', kind: 'poll' },
      ]);
    });
    // A device's stored copy, read before the server migrated it, shows the old list...
    const expected = [
      { id: 'b', kind: 'note', title: 'Idee' },
      { id: 'a', kind: 'proposal', title: 'Proposte' },
      { id: 'needs', kind: 'skillNeed' },
    ];
    expect(readSections(doc)).toEqual(expected);
    // ...and its sections wait for the migration to be edited.
    expect(() => renameSection(doc, MODERATOR, 'b', 'Altre idee')).toThrow(
      expect.objectContaining({ code: 'not_initialised' }),
    );
    expect(migrateTable(doc)).toBe(true);
    renameSection(doc, MODERATOR, 'b', 'Idee');
    expect(readSections(doc)).toEqual([
      { id: 'b', kind: 'note', title: 'Idee' },
      { id: 'a', kind: 'proposal', title: 'Proposte' },
      { id: 'needs', kind: 'skillNeed' },
    ]);
    expect(doc.getMap(ROOT.meta).has(META.sections)).toBe(false);
    expect(snapshot(doc).schemaVersion).toBe(4);
  });

  it('leaves an empty or a newer document alone', () => {
    const empty = new Y.Doc();
    expect(migrateTable(empty)).toBe(false);
    const newer = new Y.Doc();
    newer.getMap(ROOT.meta).set(META.schemaVersion, SCHEMA_VERSION + 1);
    expect(migrateTable(newer)).toBe(false);
  });
});
