import {
  addCard,
  addSection,
  initTable,
  META,
  moveSection,
  removeSection,
  renameSection,
  ROOT,
  SECTION,
  type Actor,
} from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writerOf } from '../testing/members.js';
import { rawUpdate } from '../testing/rawUpdate.js';
import { authorizeUpdate, type Writer } from './authorizeUpdate.js';
import { UpdateIndex } from './UpdateIndex.js';

const MOD: Actor = { id: 'mod', role: 'moderator' };
const SEGRETERIA: Actor = { id: 'art-er', role: 'secretariat' };
const LAURA: Actor = { id: 'laura', role: 'participant' };

/** The room's document: a blank board where the moderator added one section, and a card in it. */
function roomDoc(): Y.Doc {
  const doc = new Y.Doc();
  initTable(doc, { tableId: 't', title: 'Libera', templateId: 'blank', phase: 'sharing' });
  addSection(doc, MOD, { kind: 'skillNeed', title: 'Profili' }, { id: 'profili' });
  addSection(doc, MOD, { kind: 'note', title: 'Vuota' }, { id: 'vuota' });
  addCard(doc, LAURA, { section: 'profili', text: 'Tecnico PLC' }, { id: 'c1' });
  return doc;
}

/** What a client sends after editing its replica of the room. */
function craft(room: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  const before = Y.encodeStateVector(client);
  edit(client);
  return Y.encodeStateAsUpdate(client, before);
}

function judge(room: Y.Doc, update: Uint8Array, writer: Writer): string | null {
  const decoded = Y.decodeUpdate(update);
  const index = new UpdateIndex(room);
  index.add(decoded);
  const verdict = authorizeUpdate(decoded, index, room, writer, {
    bound: () => undefined,
    reserved: () => undefined,
  });
  return verdict.ok ? null : verdict.reason;
}

const sections = (d: Y.Doc) => d.getMap<Y.Map<unknown>>(ROOT.sections);

type Edit = (d: Y.Doc) => void;
const EDITS: Array<[string, Edit]> = [
  ['adds a section', (d) => addSection(d, MOD, { kind: 'proposal', title: 'Proposte' })],
  ['renames a section', (d) => renameSection(d, MOD, 'profili', 'Profili introvabili')],
  ['moves a section', (d) => moveSection(d, MOD, 'vuota', 0)],
  ['removes an empty section', (d) => removeSection(d, MOD, 'vuota')],
  ['deletes a section entry outright', (d) => sections(d).delete('vuota')],
];

describe('who may write the sections', () => {
  it.each(EDITS)('a moderator %s', (_name, edit) => {
    const room = roomDoc();
    expect(judge(room, craft(room, edit), writerOf(MOD))).toBeNull();
  });

  it.each(EDITS)('the secretariat %s', (_name, edit) => {
    const room = roomDoc();
    expect(judge(room, craft(room, edit), writerOf(SEGRETERIA))).toBeNull();
  });

  it.each(EDITS)('a participant who %s is refused', (_name, edit) => {
    const room = roomDoc();
    expect(judge(room, craft(room, edit), writerOf(LAURA))).toBe('moderator_only');
  });

  it.each(EDITS)('an observer who %s is refused', (_name, edit) => {
    const room = roomDoc();
    expect(judge(room, craft(room, edit), writerOf({ id: 'wall', role: 'observer' }))).toBe(
      'observer_write',
    );
  });

  it('refuses a participant writing the old section list into meta', () => {
    const room = roomDoc();
    const update = craft(room, (d) =>
      d.getMap(ROOT.meta).set(META.sections, [{ id: 'mia', kind: 'note', title: 'Mia' }]),
    );
    expect(judge(room, update, writerOf(LAURA))).toBe('moderator_only');
  });
});

describe('the shape of a section', () => {
  it.each<[string, Edit]>([
    ['a field a section does not have', (d) => sections(d).get('profili')!.set('colour', 'red')],
    ['a section that is a plain value', (d) => d.getMap(ROOT.sections).set('x', { kind: 'note' })],
    [
      'a map nested in a section',
      (d) => sections(d).get('profili')!.set(SECTION.title, new Y.Map()),
    ],
    ['a text type as a title', (d) => sections(d).get('profili')!.set(SECTION.title, new Y.Text())],
    ['a list as a section', (d) => d.getMap(ROOT.sections).set('x', new Y.Array())],
  ])('%s is malformed, even from a moderator', (_name, edit) => {
    const room = roomDoc();
    expect(judge(room, craft(room, edit), writerOf(MOD))).toBe('malformed_layout');
  });

  it('takes a hand-built section a moderator writes, refuses the same from a participant', () => {
    const room = roomDoc();
    // A new client writes sections/extra as a map, then its kind, order and title in it.
    const client = 4242;
    const update = rawUpdate([
      {
        kind: 'item',
        client,
        clock: 0,
        parent: ROOT.sections,
        parentSub: 'extra',
        content: { ref: 'type', typeRef: 1 },
      },
      ...[
        [SECTION.id, 'extra'],
        [SECTION.kind, 'dataTrend'],
        [SECTION.title, 'Numeri'],
        [SECTION.order, 'a5'],
      ].map(([field, value], i) => ({
        kind: 'item' as const,
        client,
        clock: 1 + i,
        parent: [client, 0] as const,
        parentSub: field,
        content: { ref: 'any' as const, values: [value] },
      })),
    ]);
    expect(judge(room, update, writerOf(MOD))).toBeNull();
    expect(judge(room, update, writerOf(LAURA))).toBe('moderator_only');
    Y.applyUpdate(room, update);
    expect(sections(room).get('extra')?.toJSON()).toEqual({
      id: 'extra',
      kind: 'dataTrend',
      title: 'Numeri',
      order: 'a5',
    });
  });

  it('lets a participant write a card into a section the moderator added', () => {
    const room = roomDoc();
    const update = craft(room, (d) =>
      addCard(d, LAURA, { section: 'vuota', text: 'Una nota' }, { id: 'c2' }),
    );
    expect(judge(room, update, writerOf(LAURA))).toBeNull();
  });
});
