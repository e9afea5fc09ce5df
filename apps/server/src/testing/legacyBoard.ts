import { CARD, COMMENT, initTable, LEGACY, META, ROOT } from '@tavolo/board';
import * as Y from 'yjs';

/** A person as a schema-2 board wrote them on their cards, comments and profile. */
export interface LegacyPerson {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  /** Their profile's consent; null for an author who never wrote a profile. */
  readonly consent: boolean | null;
}

/**
 * The updates of a board as schema version 2 stored it, one per edit as a live board's log
 * holds them: each person's card carries their name and organisation, each writes a comment,
 * and those with a consent have a profile.
 */
export function legacyBoardUpdates(tableId: string, people: readonly LegacyPerson[]) {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  initTable(doc, { tableId, title: 'Tavolo di una volta', templateId: 'skillNeeds' });
  doc.transact(() => {
    // Before schema 4 the sections were one plain array in meta.
    doc.getMap(ROOT.sections).clear();
    doc.getMap(ROOT.meta).set(META.sections, [
      { id: 'needs', kind: 'skillNeed' },
      { id: 'trends', kind: 'dataTrend', title: 'Numeri del comparto' },
      { id: 'proposals', kind: 'proposal' },
    ]);
    doc.getMap(ROOT.meta).set(META.schemaVersion, 2);
  });
  for (const [i, person] of people.entries()) {
    const signed = (entries: Record<string, unknown>) => {
      const map = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(entries)) map.set(key, value);
      map.set(LEGACY.authorName, person.name);
      map.set(LEGACY.organisation, person.organisation);
      return map;
    };
    const card = `card-${i}`;
    doc.getMap(ROOT.cards).set(
      card,
      signed({
        [CARD.id]: card,
        [CARD.section]: 'needs',
        [CARD.kind]: 'skillNeed',
        [CARD.authorId]: person.id,
        [CARD.createdAt]: i,
        [CARD.text]: `Contributo numero ${i}`,
      }),
    );
    doc.getMap(ROOT.comments).set(
      `comment-${i}`,
      signed({
        [COMMENT.id]: `comment-${i}`,
        [COMMENT.cardId]: card,
        [COMMENT.authorId]: person.id,
        [COMMENT.text]: `Commento numero ${i}`,
        [COMMENT.createdAt]: 100 + i,
      }),
    );
    if (person.consent !== null) {
      doc.getMap(LEGACY.participantsRoot).set(person.id, {
        name: person.name,
        organisation: person.organisation,
        consent: person.consent,
        joinedAt: i,
      });
    }
  }
  doc.destroy();
  return updates;
}
