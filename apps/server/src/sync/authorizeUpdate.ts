import { CARD, COMMENT, isRoot, ROOT, runsTable, type Role } from '@tavolo/board';
import * as Y from 'yjs';
import { checkGarbage, checkStructure, MAX_CLOCK } from './checkStructure.js';
import { DeletedRanges } from './DeletedRanges.js';
import type { Located, Place, UpdateIndex } from './UpdateIndex.js';

/** Who is writing, from their verified token and the catalogue. */
export interface Writer {
  readonly role: Role;
  readonly participantId: string;
}

/**
 * The verdict on one update: allowed (with the client ids it writes under for the first time,
 * and whether it changes anything at all), or refused with a reason for the close frame.
 */
export type WriteVerdict =
  | {
      readonly ok: true;
      readonly newClients: readonly number[];
      readonly changes: boolean;
      /**
       * Some struct lies wholly under clocks the room already has: it was not checked (Yjs will
       * skip it), so the update must not be stored or relayed with it (WriteGate trims it).
       */
      readonly stale: boolean;
      /** The entries a participant's update writes (for the phase rules); empty otherwise. */
      readonly touched: readonly Touched[];
    }
  | { readonly ok: false; readonly reason: string; readonly detail?: string };

/** An entry (a card, comment, vote, profile) an update writes, creates or deletes. */
export interface Touched {
  readonly root: string;
  readonly key: string;
  /** The entry item the update sets for this key (a new card, a vote), if it sets one. */
  readonly entry: Y.Item | null;
}

type Decoded = ReturnType<typeof Y.decodeUpdate>;

const refuse = (reason: string): WriteVerdict => ({ ok: false, reason });

/** The owner of a client id, if any. */
export type OwnerOf = (client: number) => string | undefined;

/** Who owns client ids: bound in the board (or its next commit), or held in live presence. */
export interface Owners {
  /** Bound in the board or by an update waiting for its commit. */
  readonly bound: OwnerOf;
  /** Held by a connection's presence, not bound yet: reserved for that person. */
  readonly reserved: OwnerOf;
}

/** Roots whose entries carry an author: a participant writes only their own. */
const AUTHORED: Record<string, string> = {
  [ROOT.cards]: CARD.authorId,
  [ROOT.comments]: COMMENT.authorId,
};

/**
 * Decides whether `writer` may apply `decoded` to the room's document, by the layout of
 * packages/board/README.md. Every struct kind is judged: new items must have the document's
 * shape (checkStructure), new structs of any kind may only extend client ids the writer owns,
 * deletions are judged like the items they remove. Only identity, ownership and shape are
 * checked here, not phases or the lock: an offline edit made while allowed must still land
 * after the moderator moved on, or that client could never sync again.
 *
 * `unresolvable` means the update builds on content the room does not have yet (it waits).
 */
export function authorizeUpdate(
  decoded: Decoded,
  index: UpdateIndex,
  doc: Y.Doc,
  writer: Writer,
  owners: Owners,
): WriteVerdict {
  // An observer writes nothing: any new struct is refused at once, even one that could not be
  // placed yet (parking it would only hold an observer's bytes for nothing).
  if (writer.role === 'observer') {
    for (const struct of decoded.structs) {
      if (!(struct instanceof Y.Skip) && !index.alreadyHas(struct)) return refuse('observer_write');
    }
  }
  if (!index.continuesClocks(decoded)) return refuse('unresolvable');
  const owner = writer.participantId;
  const deletedHere = new DeletedRanges(decoded.ds);
  const newClients = new Set<number>();
  const created = new Set<string>();
  const inserted: Array<{ place: Located; item: Y.Item }> = [];
  let changes = false;
  let stale = false;
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    if (index.alreadyHas(struct)) {
      stale = true;
      continue;
    }
    changes = true;
    if (writer.role === 'observer') return refuse('observer_write');
    const client = struct.id.client;
    const bound = owners.bound(client);
    const holder = bound ?? owners.reserved(client);
    if (holder !== undefined && holder !== owner) return refuse('foreign_client');
    // Reserved by the writer's own presence is not bound yet: the commit binds it.
    if (bound === undefined) newClients.add(client);
    if (!(struct instanceof Y.Item)) {
      // Garbage of its own writes nothing readable, but it moves the client's clock: past 2^32
      // it would cover clocks where later items pass as content the server already has, and
      // be relayed unchecked (the fuzzer found names travelling that way).
      if (struct.id.clock + struct.length > MAX_CLOCK) return refuse('malformed_layout');
      continue;
    }
    const place = index.placeOf(struct);
    if (place === null) return refuse('unresolvable');
    if (place === 'garbage') {
      const garbage = checkGarbage(struct, deletedHere.covers(struct));
      if (!garbage.ok) return garbage;
      continue;
    }
    const shape = checkStructure(struct, place, deletedHere.covers(struct));
    if (!shape.ok) return shape;
    const located = place as Located;
    inserted.push({ place: located, item: struct });
    if (located.field === null && struct.content instanceof Y.ContentType) {
      created.add(`${located.root}\u0000${located.key}`);
    }
  }
  const deleted = index.placesDeleted(decoded.ds);
  if (!deleted) return refuse('unresolvable');
  for (const place of deleted) {
    if (place === 'garbage') continue;
    if (place === 'invalid' || !isRoot(place.root)) return refuse('malformed_layout');
    changes = true;
    if (writer.role === 'observer') return refuse('observer_write');
    if (place.root === ROOT.clients) return refuse('server_only');
  }
  const authorship = checkAuthorship(inserted, deleted, created, writer);
  if (!authorship.ok) return authorship;
  if (runsTable(writer.role))
    return { ok: true, newClients: [...newClients], changes, stale, touched: [] };

  for (const { place } of inserted) {
    const rule = checkPlace(place, doc, index, writer, created);
    if (!rule.ok) return rule;
  }
  for (const place of deleted) {
    if (place === 'garbage' || place === 'invalid') continue;
    const rule = checkPlace(place, doc, index, writer, created);
    if (!rule.ok) return rule;
  }
  const touched = touchedOf(inserted, deleted);
  return { ok: true, newClients: [...newClients], changes, stale, touched };
}

/** Each entry the update writes, once, with the entry item it sets if any. */
function touchedOf(
  inserted: ReadonlyArray<{ place: Located; item: Y.Item }>,
  deleted: readonly Place[],
): Touched[] {
  const byKey = new Map<string, Touched>();
  const note = (place: Located, entry: Y.Item | null) => {
    if (place.key === null) return;
    const id = `${place.root}\u0000${place.key}`;
    const known = byKey.get(id);
    if (!known || (entry && !known.entry)) {
      byKey.set(id, { root: place.root, key: place.key, entry: entry ?? known?.entry ?? null });
    }
  };
  for (const { place, item } of inserted) note(place, place.field === null ? item : null);
  for (const place of deleted) if (typeof place === 'object') note(place, null);
  return [...byKey.values()];
}

const OK: WriteVerdict = { ok: true, newClients: [], changes: true, stale: false, touched: [] };

function checkPlace(
  place: Located,
  doc: Y.Doc,
  index: UpdateIndex,
  writer: Writer,
  created: Set<string>,
): WriteVerdict {
  const me = writer.participantId;
  switch (place.root) {
    case ROOT.votes:
      return place.key?.startsWith(`${me}/`) ? OK : refuse('foreign_vote');
    case ROOT.cards:
    case ROOT.comments: {
      if (place.key === null) return refuse('malformed_layout');
      const existing = doc.getMap(place.root).get(place.key);
      if (existing instanceof Y.Map) {
        return existing.get(AUTHORED[place.root]!) === me ? OK : refuse('foreign_entry');
      }
      if (created.has(`${place.root}\u0000${place.key}`)) return OK;
      // Created by an update still waiting for its commit: its author decides.
      const author = index.pendingField(place.root, place.key, AUTHORED[place.root]!);
      if (author !== undefined) return author === me ? OK : refuse('foreign_entry');
      // Not (or no longer) in the document: new entries are checked for their author by the
      // caller; an edit of an entry deleted meanwhile is harmless and must not be refused.
      return existing === undefined ? OK : refuse('malformed_layout');
    }
    default:
      return refuse('moderator_only');
  }
}

const entryOf = (place: Located) => `${place.root}\u0000${place.key}`;

/**
 * Authorship is written once, by the author, whoever writes (the moderator and the secretariat
 * too, as the board's operations do): a new card or comment names its writer as author in the
 * update that creates it (`missing_author`, `impersonation`); an author is never set again nor
 * removed while its entry stays (`impersonation`), or the entry would speak for someone else, or
 * for nobody. Names and organisations have no field on the board at all (the shape check
 * refuses them): the catalogue holds them. One pass over the update: a backlog of thousands of
 * cards must not cost their square.
 */
function checkAuthorship(
  inserted: ReadonlyArray<{ place: Located; item: Y.Item }>,
  deleted: readonly Place[],
  created: ReadonlySet<string>,
  writer: Writer,
): WriteVerdict {
  const named = new Set<string>();
  for (const { place, item } of inserted) {
    if (place.field === null || place.field !== AUTHORED[place.root]) continue;
    const entry = entryOf(place);
    if (!created.has(entry)) return refuse('impersonation');
    const value = item.content instanceof Y.ContentAny ? item.content.getContent()[0] : undefined;
    if (value !== writer.participantId) return refuse('impersonation');
    named.add(entry);
  }
  for (const entry of created) {
    const root = entry.slice(0, entry.indexOf('\u0000'));
    if (AUTHORED[root] && !named.has(entry)) return refuse('missing_author');
  }
  const gone = new Set<string>();
  for (const place of deleted) {
    if (typeof place === 'object' && place.field === null) gone.add(entryOf(place));
  }
  for (const place of deleted) {
    if (typeof place !== 'object' || place.field === null) continue;
    if (place.field === AUTHORED[place.root] && !gone.has(entryOf(place))) {
      return refuse('impersonation');
    }
  }
  return OK;
}
