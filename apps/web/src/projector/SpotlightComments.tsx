import type { BoardSnapshot, Comment, Directory } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { wallAuthor } from './wallAuthor.js';

/** Comments the wall shows under a spotlit card, the most recent; the rest are counted. */
const SHOWN = 3;

/** The comments on the spotlit card, credited as the wall may. */
export function SpotlightComments({
  comments,
  board,
  directory,
}: {
  comments: readonly Comment[];
  board: BoardSnapshot;
  directory: Directory;
}) {
  const t = useT();
  if (comments.length === 0) return null;
  const latest = [...comments].sort((a, b) => a.createdAt - b.createdAt).slice(-SHOWN);
  return (
    <section className="spotlight-comments" aria-labelledby="spotlight-comments-title">
      <h3 id="spotlight-comments-title">{t('projector.comments')}</h3>
      {comments.length > SHOWN && (
        <p className="wall-more">
          {t('projector.moreComments', { count: comments.length - SHOWN })}
        </p>
      )}
      <ul>
        {latest.map((comment) => {
          const author = wallAuthor(board, directory, comment.authorId);
          return (
            <li key={comment.id}>
              <p className="comment-text">{comment.text}</p>
              {author && <p className="wall-author">{author}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
