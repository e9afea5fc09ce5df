import type * as Y from 'yjs';
import { CARD, META, ROOT } from './keys.js';
import { readSections } from './table.js';
import type { CardKind } from './templates.js';
import type { BoardSnapshot, Card, Section } from './types.js';

/**
 * Reads a board as plain, frozen data. A reader keeps one instance per document; between
 * calls it reuses every object whose content did not change, so `a === b` means "unchanged"
 * and React re-renders only what changed.
 */
export class BoardReader {
  private cards = new Map<string, Card>();
  private sections: readonly Section[] = [];
  private last: BoardSnapshot | null = null;

  /** The current snapshot of `doc`, structurally shared with the previous one. */
  snapshot(doc: Y.Doc): BoardSnapshot {
    const nextCards = new Map<string, Card>();
    doc.getMap<Y.Map<unknown>>(ROOT.cards).forEach((map, id) => {
      const fresh = readCard(map, id);
      const prev = this.cards.get(id);
      nextCards.set(id, prev && sameCard(prev, fresh) ? prev : Object.freeze(fresh));
    });
    this.cards = nextCards;

    const bySection = new Map<string, Card[]>();
    for (const card of nextCards.values()) {
      const list = bySection.get(card.section) ?? [];
      list.push(card);
      bySection.set(card.section, list);
    }
    const sections = readSections(doc).map((def, i) => {
      const cards = (bySection.get(def.id) ?? []).sort(byCreation);
      const prev = this.sections[i];
      if (prev && prev.id === def.id && prev.title === def.title && sameList(prev.cards, cards)) {
        return prev;
      }
      return Object.freeze({ ...def, cards: Object.freeze(cards) });
    });
    const sectionsChanged = !sameList(this.sections, sections);
    if (sectionsChanged) this.sections = Object.freeze(sections);

    const meta = doc.getMap(ROOT.meta);
    const tableId = String(meta.get(META.tableId) ?? '');
    const title = String(meta.get(META.title) ?? '');
    const templateId = String(meta.get(META.templateId) ?? '');
    const last = this.last;
    if (
      last &&
      !sectionsChanged &&
      last.tableId === tableId &&
      last.title === title &&
      last.templateId === templateId
    ) {
      return last;
    }
    this.last = Object.freeze({ tableId, title, templateId, sections: this.sections });
    return this.last;
  }
}

/** A one-off snapshot, for readers that do not re-render (the paper, the server). */
export function snapshot(doc: Y.Doc): BoardSnapshot {
  return new BoardReader().snapshot(doc);
}

function readCard(map: Y.Map<unknown>, id: string): Card {
  const groupId = map.get(CARD.groupId);
  return {
    id,
    section: String(map.get(CARD.section) ?? ''),
    kind: String(map.get(CARD.kind) ?? 'note') as CardKind,
    authorId: String(map.get(CARD.authorId) ?? ''),
    authorName: String(map.get(CARD.authorName) ?? ''),
    organisation: String(map.get(CARD.organisation) ?? ''),
    createdAt: Number(map.get(CARD.createdAt) ?? 0),
    text: String(map.get(CARD.text) ?? ''),
    groupId: typeof groupId === 'string' ? groupId : null,
  };
}

function sameCard(a: Card, b: Card): boolean {
  return (Object.keys(a) as (keyof Card)[]).every((k) => a[k] === b[k]);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function byCreation(a: Card, b: Card): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
