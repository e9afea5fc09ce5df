import { CARD, COMMENT, PARTICIPANT, ROOT } from '@tavolo/board';
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
 * `clock`, then its fields. `authorId` may carry several values; `override` replaces fields.
 */
export function cardRun(
  client: number,
  clock: number,
  cardId: string,
  author: Pick<Person, 'participantId' | 'name' | 'organisation'>,
  options: { authorId?: unknown[]; override?: Record<string, unknown>; more?: Struct[] } = {},
): ClientRun {
  const holder = { client, clock };
  const fields: Record<string, unknown> = {
    [CARD.id]: cardId,
    [CARD.section]: 'needs',
    [CARD.kind]: 'skillNeed',
    [CARD.authorName]: author.name,
    [CARD.organisation]: author.organisation,
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
  author: Pick<Person, 'participantId' | 'name' | 'organisation'>,
  override: Record<string, unknown> = {},
): ClientRun {
  const holder = { client, clock };
  const fields: Record<string, unknown> = {
    [COMMENT.id]: commentId,
    [COMMENT.cardId]: cardId,
    [COMMENT.authorId]: author.participantId,
    [COMMENT.authorName]: author.name,
    [COMMENT.organisation]: author.organisation,
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

/** A participant's board profile, `participants/<id>`, as `registerParticipant` writes it. */
export function profileStruct(
  participantId: string,
  profile: { name: string; organisation: string },
): Struct {
  return entry(ROOT.participants, participantId, {
    [PARTICIPANT.name]: profile.name,
    [PARTICIPANT.organisation]: profile.organisation,
    [PARTICIPANT.consent]: true,
    [PARTICIPANT.joinedAt]: 1_700_000_000_000,
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
