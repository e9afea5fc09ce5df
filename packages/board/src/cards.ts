import * as Y from 'yjs';
import { BoardError } from './BoardError.js';
import { CARD, ROOT } from './keys.js';
import { newId } from './newId.js';
import { readSections } from './table.js';
import type { Author } from './types.js';

/** Longest text a card may hold, in characters. */
export const MAX_CARD_TEXT = 2000;

/** What a person writes when adding a card. */
export interface NewCard {
  readonly section: string;
  readonly text: string;
  readonly author: Author;
  readonly id?: string;
  readonly now?: number;
}

function checkText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new BoardError('text_empty', 'A card needs some text.');
  if (trimmed.length > MAX_CARD_TEXT) {
    throw new BoardError('text_too_long', `A card holds at most ${MAX_CARD_TEXT} characters.`);
  }
  return trimmed;
}

/** Adds a card to a section and returns its id. */
export function addCard(doc: Y.Doc, card: NewCard): string {
  const section = readSections(doc).find((s) => s.id === card.section);
  if (!section) throw new BoardError('unknown_section', `Unknown section "${card.section}".`);
  const text = checkText(card.text);
  const id = card.id ?? newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(CARD.id, id);
    map.set(CARD.section, section.id);
    map.set(CARD.kind, section.kind);
    map.set(CARD.authorId, card.author.id);
    map.set(CARD.authorName, card.author.name);
    map.set(CARD.organisation, card.author.organisation);
    map.set(CARD.createdAt, card.now ?? Date.now());
    map.set(CARD.text, text);
    doc.getMap(ROOT.cards).set(id, map);
  });
  return id;
}

/** Replaces a card's text. */
export function editCardText(doc: Y.Doc, cardId: string, text: string): void {
  const card = doc.getMap<Y.Map<unknown>>(ROOT.cards).get(cardId);
  if (!card) throw new BoardError('unknown_card', `Unknown card "${cardId}".`);
  const checked = checkText(text);
  if (card.get(CARD.text) === checked) return;
  card.set(CARD.text, checked);
}
