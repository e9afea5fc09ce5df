import { CARD, COMMENT, LEGACY, ROOT } from '@tavolo/board';
import type { Person } from './people.js';
import type { ClientRun, Id, Struct } from './updates.js';
import { TYPE_REF } from './updates.js';

/** A field of a map held by the item `holder`, with any number of values (one is honest). */
export const field = (holder: Id, key: string, ...values: unknown[]): Struct => ({
  kind: 'item',
  parent: holder,
  parentSub: key,
  content: { ref: 'any', values },
});

/** A first-level entry of a root map: a Y.Map (cards, comments, groups) or a plain value. */
export const entry = (root: string, key: string, ...values: unknown[]): Struct =>
  values.length === 0
    ? { kind: 'item', parent: root, parentSub: key, content: { ref: 'type', type: TYPE_REF.map } }
    : { kind: 'item', parent: root, parentSub: key, content: { ref: 'any', values } };

/**
 * A card of the robotica table's needs section, as `addCard` writes it, by hand: the entry at
 * `clock`, then its fields. `authorId` may carry several values; `override` replaces or adds
 * fields (`legacyIdentity` makes the fields a board before schema 3 carried).
 */
export function cardRun(
  client: number,
  clock: number,
  cardId: string,
  author: Pick<Person, 'participantId'>,
  options: { authorId?: unknown[]; override?: Record<string, unknown>; more?: Struct[] } = {},
): ClientRun {
  const holder = { client, clock };
  const fields: Record<string, unknown> = {
    [CARD.id]: cardId,
    [CARD.section]: 'needs',
    [CARD.kind]: 'skillNeed',
    [CARD.createdAt]: 1_700_000_000_000,
    [CARD.text]: 'Serve un tecnico di integrazione robotica',
    ...options.override,
  };
  return {
    client,
    clock,
    structs: [
      entry(ROOT.cards, cardId),
      field(holder, CARD.authorId, ...(options.authorId ?? [author.participantId])),
      ...Object.entries(fields).map(([key, value]) => field(holder, key, value)),
      ...(options.more ?? []),
    ],
  };
}

/** A comment on `cardId` by `author`, entry at `clock`. */
export function commentRun(
  client: number,
  clock: number,
  commentId: string,
  cardId: string,
  author: Pick<Person, 'participantId'>,
  override: Record<string, unknown> = {},
): ClientRun {
  const holder = { client, clock };
  const fields: Record<string, unknown> = {
    [COMMENT.id]: commentId,
    [COMMENT.cardId]: cardId,
    [COMMENT.authorId]: author.participantId,
    [COMMENT.text]: 'Concordo',
    [COMMENT.createdAt]: 1_700_000_000_000,
    ...override,
  };
  return {
    client,
    clock,
    structs: [
      entry(ROOT.comments, commentId),
      ...Object.entries(fields).map(([key, value]) => field(holder, key, value)),
    ],
  };
}

/**
 * The identity fields a card or comment carried before schema 3 (`authorName`, `organisation`),
 * for `override`: the board has no field for them any more, and the server refuses them.
 */
export const legacyIdentity = (person: Pick<Person, 'name' | 'organisation'>) => ({
  [LEGACY.authorName]: person.name,
  [LEGACY.organisation]: person.organisation,
});

/**
 * A board profile, `participants/<id>`, as `registerParticipant` wrote it before schema 3: a
 * root the board no longer has, refused by the server.
 */
export function legacyProfileStruct(
  participantId: string,
  profile: Pick<Person, 'name' | 'organisation'>,
): Struct {
  return entry(LEGACY.participantsRoot, participantId, {
    [LEGACY.profileName]: profile.name,
    [LEGACY.organisation]: profile.organisation,
    [LEGACY.consent]: true,
    joinedAt: 1_700_000_000_000,
  });
}

/**
 * Y.Maps nested `depth` deep, each under key `key` of the one before, the first under the map
 * held by `holder`; the structs take clocks from `clock` on, one each.
 */
export function nestedMaps(client: number, clock: number, holder: Id, depth: number, key = 'x') {
  const structs: Struct[] = [];
  let parent = holder;
  for (let i = 0; i < depth; i++) {
    structs.push({
      kind: 'item',
      parent,
      parentSub: key,
      content: { ref: 'type', type: TYPE_REF.map },
    });
    parent = { client, clock: clock + i };
  }
  return structs;
}
