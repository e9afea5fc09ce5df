import * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { BoardError } from './BoardError.js';
import { getCard } from './cards.js';
import type { CreateOptions } from './CreateOptions.js';
import { checkHeading } from './fields.js';
import { assertMayContribute, assertRunsTable } from './guard.js';
import { CARD, GROUP, ROOT } from './keys.js';
import { newId } from './newId.js';
import { readSections } from './sections.js';

function groupsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(ROOT.groups);
}

function getGroup(doc: Y.Doc, groupId: string): Y.Map<unknown> {
  const group = groupsOf(doc).get(groupId);
  if (!group) throw new BoardError('unknown_group', `Unknown group "${groupId}".`);
  return group;
}

function assertGroups(doc: Y.Doc, actor: Actor): void {
  assertRunsTable(actor);
  assertMayContribute(doc, actor);
}

/** Creates a group under a heading in a section, optionally moving cards into it. */
export function createGroup(
  doc: Y.Doc,
  actor: Actor,
  group: { section: string; heading: string; cardIds?: readonly string[] },
  options: CreateOptions = {},
): string {
  assertGroups(doc, actor);
  if (!readSections(doc).some((s) => s.id === group.section)) {
    throw new BoardError('unknown_section', `Unknown section "${group.section}".`);
  }
  const heading = checkHeading(group.heading);
  const cards = (group.cardIds ?? []).map((id) => getCard(doc, id));
  if (cards.some((c) => c.get(CARD.section) !== group.section)) {
    throw new BoardError(
      'invalid_field',
      'A group holds cards of its own section only.',
      'cardIds',
    );
  }
  const id = options.id ?? newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(GROUP.id, id);
    map.set(GROUP.section, group.section);
    map.set(GROUP.heading, heading);
    map.set(GROUP.createdAt, options.now ?? Date.now());
    groupsOf(doc).set(id, map);
    for (const card of cards) card.set(CARD.groupId, id);
  });
  return id;
}

/** Renames a group. */
export function renameGroup(doc: Y.Doc, actor: Actor, groupId: string, heading: string): void {
  assertGroups(doc, actor);
  getGroup(doc, groupId).set(GROUP.heading, checkHeading(heading));
}

/**
 * Deletes a group; its cards stay, ungrouped. (A card whose group is gone reads as ungrouped,
 * so a card moved into the group concurrently is not lost either.)
 */
export function deleteGroup(doc: Y.Doc, actor: Actor, groupId: string): void {
  assertGroups(doc, actor);
  getGroup(doc, groupId);
  doc.transact(() => {
    groupsOf(doc).delete(groupId);
    doc.getMap<Y.Map<unknown>>(ROOT.cards).forEach((card) => {
      if (card.get(CARD.groupId) === groupId) card.delete(CARD.groupId);
    });
  });
}

/**
 * Moves a card into a group, or out of any group with `null`. A card has one group id, so two
 * concurrent moves resolve to one group on every replica.
 */
export function moveCardToGroup(
  doc: Y.Doc,
  actor: Actor,
  cardId: string,
  groupId: string | null,
): void {
  assertGroups(doc, actor);
  const card = getCard(doc, cardId);
  if (groupId === null) {
    if (card.has(CARD.groupId)) card.delete(CARD.groupId);
    return;
  }
  const group = getGroup(doc, groupId);
  if (group.get(GROUP.section) !== card.get(CARD.section)) {
    throw new BoardError(
      'invalid_field',
      'A group holds cards of its own section only.',
      'groupId',
    );
  }
  card.set(CARD.groupId, groupId);
}
