import { CARD, COMMENT, ROOT, runsTable, type Role } from '@tavolo/board';
import * as Y from 'yjs';
import type { Located, UpdateIndex } from './UpdateIndex.js';

/** Who is writing, from their verified token. */
export interface Writer {
  readonly role: Role;
  readonly participantId: string;
}

/** The verdict on one update: allowed, or refused with a reason for the close frame and metrics. */
export type WriteVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

type Decoded = ReturnType<typeof Y.decodeUpdate>;

const OK: WriteVerdict = { ok: true };
const refuse = (reason: string): WriteVerdict => ({ ok: false, reason });

/** Roots whose entries carry an author: a participant writes only their own. */
const AUTHORED: Record<string, string> = {
  [ROOT.cards]: CARD.authorId,
  [ROOT.comments]: COMMENT.authorId,
};

/**
 * Decides whether `writer` may apply `decoded` to the room's document, by the layout of
 * packages/board/README.md. Only identity and ownership are checked here — rules that an
 * honest client never breaks — not phases or the lock: an offline edit made while allowed
 * must still land after the moderator moved on, or that client could never sync again.
 */
export function authorizeUpdate(
  decoded: Decoded,
  index: UpdateIndex,
  doc: Y.Doc,
  writer: Writer,
): WriteVerdict {
  if (!index.continuesClocks(decoded)) return refuse('unresolvable');
  if (runsTable(writer.role)) return OK;

  const created = new Set<string>();
  const inserted: Array<{ place: Located; item: Y.Item }> = [];
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item) || index.alreadyHas(struct)) continue;
    const place = index.placeOf(struct);
    if (!place) return refuse('unresolvable');
    if (place === 'garbage') continue;
    inserted.push({ place, item: struct });
    if (place.field === null && place.key !== null && struct.content instanceof Y.ContentType) {
      created.add(`${place.root}\u0000${place.key}`);
    }
  }
  const deleted = index.placesDeleted(decoded.ds);
  if (!deleted) return refuse('unresolvable');
  // An observer may send what changes nothing (its sync reply repeats known deletions).
  if (writer.role !== 'participant') {
    return inserted.length === 0 && deleted.every((p) => p === 'garbage')
      ? OK
      : refuse('observer_write');
  }

  for (const { place, item } of inserted) {
    const verdict = checkPlace(place, doc, index, writer, created);
    if (!verdict.ok) return verdict;
    const authorKey = AUTHORED[place.root];
    if (authorKey && place.field === authorKey && contentValue(item) !== writer.participantId) {
      return refuse('impersonation');
    }
  }
  for (const place of deleted) {
    if (place === 'garbage') continue;
    const verdict = checkPlace(place, doc, index, writer, created);
    if (!verdict.ok) return verdict;
  }
  // A new authored entry must name its author, and only the writer.
  for (const entry of created) {
    const [root, key] = entry.split('\u0000') as [string, string];
    const authorKey = AUTHORED[root];
    if (!authorKey) continue;
    const authors = inserted.filter(
      ({ place }) => place.root === root && place.key === key && place.field === authorKey,
    );
    if (authors.length === 0) return refuse('missing_author');
  }
  return OK;
}

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
    case ROOT.participants:
      return place.key === me ? OK : refuse('foreign_profile');
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

function contentValue(item: Y.Item): unknown {
  return item.content instanceof Y.ContentAny ? item.content.getContent()[0] : undefined;
}
