import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { addCard, deleteCard } from './cards.js';
import { setPhase } from './control.js';
import { createGroup } from './groups.js';
import { ROOT, SECTION } from './keys.js';
import {
  addSection,
  MAX_SECTIONS,
  moveSection,
  readSections,
  removeSection,
  renameSection,
} from './sections.js';
import { snapshot } from './snapshot.js';
import { initTable } from './table.js';
import { board, LAURA, MODERATOR, OBSERVER, sync } from './testing/fixtures.js';

const SECRETARIAT: Actor = { id: 'art-er', role: 'secretariat' };

function blank(): Y.Doc {
  const doc = new Y.Doc();
  initTable(doc, { tableId: 't', title: 'Bacheca libera', templateId: 'blank', phase: 'sharing' });
  return doc;
}

const layout = (doc: Y.Doc) => readSections(doc).map((s) => [s.id, s.kind, s.title ?? null]);
const ids = (doc: Y.Doc) => readSections(doc).map((s) => s.id);

/** Applies every update each document lacks, both ways. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  sync(a, b);
  sync(b, a);
}

describe('addSection', () => {
  it('gives a blank board sections of any kind, at the end or at a place', () => {
    const doc = blank();
    const a = addSection(doc, MODERATOR, { kind: 'skillNeed', title: 'Profili introvabili' });
    const b = addSection(doc, SECRETARIAT, { kind: 'note', title: '  Idee   libere ' });
    const c = addSection(doc, MODERATOR, { kind: 'dataTrend', title: 'Numeri', index: 0 });
    expect(layout(doc)).toEqual([
      [c, 'dataTrend', 'Numeri'],
      [a, 'skillNeed', 'Profili introvabili'],
      [b, 'note', 'Idee libere'],
    ]);
    // A card written in the new section takes its kind.
    const card = addCard(doc, LAURA, { section: a, text: 'Tecnico di robotica collaborativa' });
    expect(snapshot(doc).sections[1]?.cards[0]).toMatchObject({ id: card, kind: 'skillNeed' });
  });

  it.each([
    { input: { kind: 'note', title: '   ' }, code: 'text_empty' },
    { input: { kind: 'note', title: 'x'.repeat(81) }, code: 'text_too_long' },
    { input: { kind: 'poll', title: 'Sondaggio' }, code: 'invalid_field' },
    { input: { kind: 'note', title: 'Note', index: 1.5 }, code: 'invalid_field' },
  ])('refuses $input with $code and writes nothing', ({ input, code }) => {
    const doc = blank();
    const before = Y.encodeStateVector(doc);
    expect(() => addSection(doc, MODERATOR, input as never)).toThrow(
      expect.objectContaining({ code }),
    );
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it.each([LAURA, OBSERVER])('refuses $role with forbidden', (actor) => {
    const doc = blank();
    expect(() => addSection(doc, actor, { kind: 'note', title: 'Mia' })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(readSections(doc)).toEqual([]);
  });

  it('refuses a closed table, an uninitialised one and a thirteenth section', () => {
    const closed = board('closed');
    expect(() => addSection(closed, MODERATOR, { kind: 'note', title: 'Tardi' })).toThrow(
      expect.objectContaining({ code: 'phase_closed' }),
    );
    expect(() => addSection(new Y.Doc(), MODERATOR, { kind: 'note', title: 'Nulla' })).toThrow(
      expect.objectContaining({ code: 'not_initialised' }),
    );
    const doc = blank();
    for (let i = 0; i < MAX_SECTIONS; i++)
      addSection(doc, MODERATOR, { kind: 'note', title: `${i}` });
    expect(() => addSection(doc, MODERATOR, { kind: 'note', title: 'Troppe' })).toThrow(
      expect.objectContaining({ code: 'too_many_sections' }),
    );
  });
});

describe('renameSection', () => {
  it("gives a template's section its own title, which replaces the built-in one", () => {
    const doc = board();
    renameSection(doc, MODERATOR, 'trends', 'Numeri del comparto');
    expect(layout(doc)[1]).toEqual(['trends', 'dataTrend', 'Numeri del comparto']);
    expect(snapshot(doc).sections[1]?.title).toBe('Numeri del comparto');
  });

  it('refuses a participant, an unknown section and an empty title', () => {
    const doc = board();
    expect(() => renameSection(doc, LAURA, 'needs', 'Mie')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => renameSection(doc, MODERATOR, 'nope', 'X')).toThrow(
      expect.objectContaining({ code: 'unknown_section' }),
    );
    expect(() => renameSection(doc, MODERATOR, 'needs', '')).toThrow(
      expect.objectContaining({ code: 'text_empty' }),
    );
    expect(readSections(doc)[0]?.title).toBeUndefined();
  });
});

describe('moveSection', () => {
  it.each([
    { id: 'proposals', to: 0, order: ['proposals', 'needs', 'trends'] },
    { id: 'needs', to: 2, order: ['trends', 'proposals', 'needs'] },
    { id: 'needs', to: 1, order: ['trends', 'needs', 'proposals'] },
    { id: 'trends', to: 1, order: ['needs', 'trends', 'proposals'] },
    { id: 'trends', to: 99, order: ['needs', 'proposals', 'trends'] },
    { id: 'trends', to: -3, order: ['trends', 'needs', 'proposals'] },
  ])('moves $id to $to: $order', ({ id, to, order }) => {
    const doc = board();
    moveSection(doc, MODERATOR, id, to);
    expect(ids(doc)).toEqual(order);
    expect(snapshot(doc).sections.map((s) => s.id)).toEqual(order);
  });

  it('keeps going after many moves between the same two sections', () => {
    const doc = board();
    // Each move puts the other of the two in the middle: the keys between them keep shrinking.
    for (let i = 0; i < 60; i++) moveSection(doc, MODERATOR, i % 2 ? 'needs' : 'trends', 1);
    expect(ids(doc)).toEqual(['trends', 'needs', 'proposals']);
    moveSection(doc, MODERATOR, 'trends', 1);
    expect(ids(doc)).toEqual(['needs', 'trends', 'proposals']);
  });

  it('refuses a participant and an unknown section', () => {
    const doc = board();
    expect(() => moveSection(doc, LAURA, 'needs', 2)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => moveSection(doc, MODERATOR, 'nope', 0)).toThrow(
      expect.objectContaining({ code: 'unknown_section' }),
    );
  });
});

describe('removeSection', () => {
  it('removes an empty section with its empty groups', () => {
    const doc = board();
    const group = createGroup(doc, MODERATOR, { section: 'trends', heading: 'Fonti' });
    removeSection(doc, MODERATOR, 'trends');
    expect(ids(doc)).toEqual(['needs', 'proposals']);
    expect(doc.getMap(ROOT.groups).has(group)).toBe(false);
    expect(() => addCard(doc, LAURA, { section: 'trends', text: 'Tardi' })).toThrow(
      expect.objectContaining({ code: 'unknown_section' }),
    );
    expect(() => removeSection(doc, MODERATOR, 'trends')).toThrow(
      expect.objectContaining({ code: 'unknown_section' }),
    );
  });

  it('refuses a section that holds a card, until the card is gone', () => {
    const doc = board();
    const card = addCard(doc, LAURA, { section: 'needs', text: 'Manutentore' });
    expect(() => removeSection(doc, MODERATOR, 'needs')).toThrow(
      expect.objectContaining({ code: 'section_not_empty' }),
    );
    expect(ids(doc)).toContain('needs');
    deleteCard(doc, MODERATOR, card);
    removeSection(doc, MODERATOR, 'needs');
    expect(ids(doc)).toEqual(['trends', 'proposals']);
  });

  it('refuses a participant', () => {
    const doc = board();
    expect(() => removeSection(doc, LAURA, 'trends')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });
});

describe('two moderators at once', () => {
  it('both keep the sections they add at the same place, in the same order everywhere', () => {
    const a = blank();
    const b = new Y.Doc();
    sync(a, b);
    const x = addSection(a, MODERATOR, { kind: 'note', title: 'Da A' }, { id: 'sx' });
    const y = addSection(b, SECRETARIAT, { kind: 'proposal', title: 'Da B' }, { id: 'sy' });
    exchange(a, b);
    expect(ids(a)).toEqual([x, y]);
    expect(layout(b)).toEqual(layout(a));
    // Their keys tie: a move between them still finds a place.
    const z = addSection(a, MODERATOR, { kind: 'note', title: 'In mezzo', index: 1 });
    expect(ids(a)).toEqual([x, z, y]);
  });

  it('a move and a rename of the same section both hold; two moves of it end in one place', () => {
    const a = board();
    const b = new Y.Doc();
    sync(a, b);
    moveSection(a, MODERATOR, 'proposals', 0);
    renameSection(b, SECRETARIAT, 'proposals', 'Proposte alla Regione');
    moveSection(b, SECRETARIAT, 'proposals', 1);
    exchange(a, b);
    expect(layout(a)).toEqual(layout(b));
    expect(readSections(a).filter((s) => s.id === 'proposals')).toEqual([
      { id: 'proposals', kind: 'proposal', title: 'Proposte alla Regione' },
    ]);
    expect(ids(a)).toHaveLength(3);
  });

  it('a card written offline into a section removed meanwhile keeps its section', () => {
    const room = board();
    const phone = new Y.Doc();
    sync(room, phone);
    removeSection(room, MODERATOR, 'trends');
    const card = addCard(phone, LAURA, { section: 'trends', text: '+12% di offerte per PLC' });
    exchange(room, phone);
    const trends = snapshot(room).sections.find((s) => s.id === 'trends');
    expect(trends?.cards.map((c) => c.id)).toEqual([card]);
    expect(snapshot(phone)).toEqual(snapshot(room));
    // Still a section while it holds the card; gone once the card is.
    expect(() => removeSection(room, MODERATOR, 'trends')).toThrow(
      expect.objectContaining({ code: 'section_not_empty' }),
    );
    deleteCard(room, MODERATOR, card);
    expect(ids(room)).toEqual(['needs', 'proposals']);
  });

  it('stores each section as a map of its own with the keys of SECTION', () => {
    const doc = board();
    const entry = doc.getMap<Y.Map<unknown>>(ROOT.sections).get('needs');
    expect(entry).toBeInstanceOf(Y.Map);
    expect([...entry!.keys()].every((k) => (Object.values(SECTION) as string[]).includes(k))).toBe(
      true,
    );
    setPhase(doc, MODERATOR, 'closed');
    expect(() => renameSection(doc, MODERATOR, 'needs', 'Chiuso')).toThrow(
      expect.objectContaining({ code: 'phase_closed' }),
    );
  });
});
