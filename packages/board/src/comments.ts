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

/** Deletes a comment; authors delete their own, moderators any. */
export function deleteComment(doc: Y.Doc, actor: Actor, commentId: string): void {
  const comment = commentsOf(doc).get(commentId);
  if (!comment) throw new BoardError('unknown_card', `Unknown comment "${commentId}".`);
  assertMayContribute(doc, actor);
  assertOwns(actor, comment.get(COMMENT.authorId));
  commentsOf(doc).delete(commentId);
}
