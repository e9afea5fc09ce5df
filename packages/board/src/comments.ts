import * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { BoardError } from './BoardError.js';
import { getCard } from './cards.js';
import type { CreateOptions } from './CreateOptions.js';
import { checkCardText } from './fields.js';
import { assertMayContribute, assertOwns } from './guard.js';
import { COMMENT, ROOT } from './keys.js';
import { newId } from './newId.js';

function commentsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(ROOT.comments);
}

/** The live map of a comment; throws unknown_card (a comment gone is like a card gone). */
function getComment(doc: Y.Doc, commentId: string): Y.Map<unknown> {
  const comment = commentsOf(doc).get(commentId);
  if (!comment) throw new BoardError('unknown_card', `Unknown comment "${commentId}".`);
  return comment;
}

/** Adds the actor's comment to a card; returns its id. */
export function addComment(
  doc: Y.Doc,
  actor: Actor,
  cardId: string,
  text: string,
  options: CreateOptions = {},
): string {
  assertMayContribute(doc, actor);
  getCard(doc, cardId);
  const checked = checkCardText(text);
  const id = options.id ?? newId();
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set(COMMENT.id, id);
    map.set(COMMENT.cardId, cardId);
    map.set(COMMENT.authorId, actor.id);
    map.set(COMMENT.text, checked);
    map.set(COMMENT.createdAt, options.now ?? Date.now());
    commentsOf(doc).set(id, map);
  });
  return id;
}

/**
 * Replaces the text of the actor's own comment. Only its author edits a comment, moderators
 * included: a comment speaks for the person it names, so moderation removes it (deleteComment)
 * rather than rewording it.
 */
export function editComment(
  doc: Y.Doc,
  actor: Actor,
  commentId: string,
  text: string,
  options: Pick<CreateOptions, 'now'> = {},
): void {
  const comment = getComment(doc, commentId);
  assertMayContribute(doc, actor);
  if (comment.get(COMMENT.authorId) !== actor.id) {
    throw new BoardError('forbidden', 'You can edit only your own comments.');
  }
  const checked = checkCardText(text);
  if (comment.get(COMMENT.text) === checked) return;
  doc.transact(() => {
    comment.set(COMMENT.text, checked);
    comment.set(COMMENT.editedAt, options.now ?? Date.now());
  });
}

/** Deletes a comment; authors delete their own, moderators any. */
export function deleteComment(doc: Y.Doc, actor: Actor, commentId: string): void {
  const comment = getComment(doc, commentId);
  assertMayContribute(doc, actor);
  assertOwns(actor, comment.get(COMMENT.authorId));
  commentsOf(doc).delete(commentId);
}
