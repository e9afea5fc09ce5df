import { addComment, type Card } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { CommentForm } from './CommentForm.js';
import { CommentItem } from './CommentItem.js';
import { useConnection } from './ConnectionContext.js';
import { useNow } from './useNow.js';
import type { ViewerRights } from './viewerRights.js';

/** An open comment thread: the card's comments, then a box to add one (or why there is none). */
export function CommentThread({
  id,
  card,
  rights,
  label,
}: {
  id: string;
  card: Card;
  rights: ViewerRights;
  label: string;
}) {
  const t = useT();
  const connection = useConnection();
  const now = useNow(30_000);
  const participant = connection.actor.role === 'participant';
  return (
    <section id={id} className="comment-thread" aria-label={label}>
      {card.comments.length === 0 ? (
        <p className="comments-empty">{t('comments.empty')}</p>
      ) : (
        <ul className="comment-list">
          {card.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} rights={rights} now={now} />
          ))}
        </ul>
      )}
      {rights.mayWrite ? (
        <CommentForm
          label={t('comments.field')}
          submitLabel={t('comments.send')}
          placeholder={t('comments.placeholder')}
          onSubmit={(text) => connection.run((doc, a) => addComment(doc, a, card.id, text))}
        />
      ) : (
        participant && !rights.closed && <p className="comments-note">{t('comments.readOnly')}</p>
      )}
    </section>
  );
}
