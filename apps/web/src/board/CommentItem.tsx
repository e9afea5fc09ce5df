import { deleteComment, editComment, type Comment } from '@tavolo/board';
import { useState } from 'react';
import { useT } from '../i18n/useT.js';
import { useUi } from '../ui/UiStoreContext.js';
import { commentAuthor } from './commentAuthor.js';
import { CommentForm } from './CommentForm.js';
import { useConnection } from './ConnectionContext.js';
import { fullTime, relativeTime } from './relativeTime.js';
import { BoardActionError, useBoardAction } from './useBoardAction.js';
import type { ViewerRights } from './viewerRights.js';

/**
 * One comment: who wrote it (as the directory allows), when, its text; its author may edit
 * and delete it, the moderator may remove anyone's.
 */
export function CommentItem({
  comment,
  rights,
  now,
}: {
  comment: Comment;
  rights: ViewerRights;
  now: number;
}) {
  const t = useT();
  const language = useUi((s) => s.language);
  const connection = useConnection();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { act, error } = useBoardAction();
  const mine = comment.authorId === connection.actor.id;
  const mayEdit = mine && rights.mayWrite;
  const mayRemove = rights.mayWrite && (mine || rights.runsTable);
  const short = comment.text.length > 40 ? `${comment.text.slice(0, 40)}…` : comment.text;
  const author = mine ? t('comments.you') : (commentAuthor(comment) ?? t('card.anonymous'));
  const when = relativeTime(comment.createdAt, now, language) ?? t('comments.justNow');

  if (editing && mayEdit) {
    return (
      <li className="comment editing">
        <CommentForm
          label={t('comments.editField')}
          submitLabel={t('comments.save')}
          initial={comment.text}
          autoFocus
          onSubmit={(text) => {
            connection.run((doc, a) => editComment(doc, a, comment.id, text));
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className={`comment${mine ? ' mine' : ''}`}>
      <p className="comment-meta">
        <span className="comment-author">{author}</span>
        {' · '}
        <time
          dateTime={new Date(comment.createdAt).toISOString()}
          title={fullTime(comment.createdAt, language)}
        >
          {when}
        </time>
        {comment.editedAt !== null && <> · {t('comments.edited')}</>}
      </p>
      <p className="comment-text">{comment.text}</p>
      {mayRemove && (
        <div className="comment-actions">
          {mayEdit && !confirming && (
            <button
              type="button"
              onClick={() => setEditing(true)}
              aria-label={t('comments.editNamed', { text: short })}
            >
              {t('comments.edit')}
            </button>
          )}
          {!confirming ? (
            <button
              type="button"
              onClick={() => setConfirming(true)}
              aria-label={t(mine ? 'comments.deleteNamed' : 'comments.removeNamed', {
                text: short,
              })}
            >
              {t(mine ? 'comments.delete' : 'comments.remove')}
            </button>
          ) : (
            <>
              <button
                type="button"
                className="danger"
                autoFocus
                onClick={() =>
                  act(() => connection.run((doc, a) => deleteComment(doc, a, comment.id)))
                }
              >
                {t(mine ? 'comments.confirmDelete' : 'comments.confirmRemove')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('comments.cancel')}
              </button>
            </>
          )}
          <BoardActionError error={error} />
        </div>
      )}
    </li>
  );
}
