import { ROOT } from '@tavolo/board';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkGarbage } from './checkStructure.js';

/** The items of an update that sets `fields` on a new card, as the server decodes them. */
function itemsSetting(fields: Record<string, unknown>): Y.Item[] {
  const doc = new Y.Doc();
  const card = new Y.Map<unknown>();
  doc.getMap(ROOT.cards).set('c1', card);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) card.set(key, value);
  });
  const update = Y.encodeStateAsUpdate(doc, before);
  return Y.decodeUpdate(update).structs.filter((s): s is Y.Item => s instanceof Y.Item);
}

describe('checkGarbage: an item under an entry the server has collected', () => {
  it('may set a field the board has', () => {
    const [text] = itemsSetting({ text: 'Saldatori laser' });
    expect(checkGarbage(text!, false)).toEqual({ ok: true });
  });

  it('may not set a name or an organisation, deleted or not', () => {
    for (const item of itemsSetting({ authorName: 'Laura Bassi', organisation: 'Reggiane' })) {
      expect(checkGarbage(item, false)).toMatchObject({ ok: false, reason: 'malformed_layout' });
      expect(checkGarbage(item, true)).toMatchObject({ ok: false, reason: 'malformed_layout' });
    }
  });
});
