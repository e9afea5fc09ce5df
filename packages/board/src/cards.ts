import * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { BoardError } from './BoardError.js';
import type { CreateOptions } from './CreateOptions.js';
import { checkCardText, checkField, KIND_FIELDS, type CardFields } from './fields.js';
import { assertMayContribute, assertOwns, assertRunsTable } from './guard.js';
import { CARD, ROOT } from './keys.js';
import { newId } from './newId.js';
import { readSections } from './sections.js';

/** What a person writes when adding a card: its section, text and typed fields. */
export interface NewCard {
  readonly section: string;
  readonly text: string;
  readonly fields?: Partial<Record<keyof CardFields, unknown>>;
}

/** A change to a card: any of its text and fields. */
export type CardPatch = Partial<Record<'text' | keyof CardFields, unknown>>;

function cardsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(ROOT.cards);
}

/** The live map of a card; throws unknown_card. */
export function getCard(doc: Y.Doc, cardId: string): Y.Map<unknown> {
  const card = cardsOf(doc).get(cardId);
  if (!card) throw new BoardError('unknown_card', `Unknown card "${cardId}".`);
  return card;
}

/** Checks a patch against a kind, returning the normalised entries to write. */
function checkPatch(doc: Y.Doc, kind: string, patch: CardPatch): Array<[string, unknown]> {
  const allowed = KIND_FIELDS[kind as keyof typeof KIND_FIELDS] ?? [];
  const entries: Array<[string, unknown]> = [];
  for (const [key, raw] of Object.entries(patch)) {
    if (raw === undefined) continue;
    if (key === 'text') {
      entries.push([CARD.text, checkCardText(raw)]);
      continue;
    }
    if (!(allowed as readonly string[]).includes(key)) {
      throw new BoardError('invalid_field', `A ${kind} card has no field "${key}".`, key);
    }
    const value = checkField(key as keyof CardFields, raw);
    if (key === 'answers') {
      for (const id of value as string[]) {
        if (cardsOf(doc).get(id)?.get(CARD.kind) !== 'skillNeed') {
          throw new BoardError('invalid_field', `"${id}" is not a skill need.`, 'answers');
        }
      }
    }
    entries.push([CARD[key as keyof CardFields], value]);
  }
  return entries;
}

/** Adds a card to a section, authored by the actor (by id only); returns its id. */
export function addCard(doc: Y.Doc, actor: Actor, card: NewCard, options: CreateOptions = {}) {
  assertMayContribute(doc, actor);
  const section = readSections(doc).find((s) => s.id === card.section);
  if (!section) throw new BoardError('unknown_section', `Unknown section "${card.section}".`);
  const entries = checkPatch(doc, section.kind, { ...card.fields, text: card.text });
  const id = options.id ?? newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(CARD.id, id);
    map.set(CARD.section, section.id);
    map.set(CARD.kind, section.kind);
    map.set(CARD.authorId, actor.id);
    map.set(CARD.createdAt, options.now ?? Date.now());
    for (const [key, value] of entries) map.set(key, value);
    cardsOf(doc).set(id, map);
  });
  return id;
}

/** Changes a card's text and fields; authors change their own, moderators any. */
export function updateCard(doc: Y.Doc, actor: Actor, cardId: string, patch: CardPatch): void {
  const card = getCard(doc, cardId);
  assertMayContribute(doc, actor);
  assertOwns(actor, card.get(CARD.authorId));
  const entries = checkPatch(doc, String(card.get(CARD.kind)), patch);
  const changed = entries.filter(([key, value]) => !same(card.get(key), value));
  if (changed.length === 0) return;
  doc.transact(() => {
    for (const [key, value] of changed) card.set(key, value);
  });
}

/** Replaces a card's text. */
export function editCardText(doc: Y.Doc, actor: Actor, cardId: string, text: string): void {
  updateCard(doc, actor, cardId, { text });
}

/** Deletes a card; its votes stop counting. Authors delete their own, moderators any. */
export function deleteCard(doc: Y.Doc, actor: Actor, cardId: string): void {
  const card = getCard(doc, cardId);
  assertMayContribute(doc, actor);
  assertOwns(actor, card.get(CARD.authorId));
  cardsOf(doc).delete(cardId);
}

/**
 * Merges a duplicate into another card of the same section: the duplicate is shown under the
 * target and its votes count for the target. Moderators only.
 */
export function mergeCards(doc: Y.Doc, actor: Actor, duplicateId: string, targetId: string) {
  assertRunsTable(actor);
  assertMayContribute(doc, actor);
  const duplicate = getCard(doc, duplicateId);
  const target = getCard(doc, targetId);
  if (duplicateId === targetId) {
    throw new BoardError('invalid_field', 'A card cannot be merged into itself.', 'mergedInto');
  }
  if (duplicate.get(CARD.section) !== target.get(CARD.section)) {
    throw new BoardError('invalid_field', 'Only cards of one section can be merged.', 'mergedInto');
  }
  duplicate.set(CARD.mergedInto, targetId);
}

/** Undoes a merge. Moderators only. */
export function unmergeCard(doc: Y.Doc, actor: Actor, cardId: string): void {
  assertRunsTable(actor);
  assertMayContribute(doc, actor);
  const card = getCard(doc, cardId);
  if (card.has(CARD.mergedInto)) card.delete(CARD.mergedInto);
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return a === b;
}
