import type { Comment } from '@tavolo/board';

/**
 * Who wrote a comment, as this device may say it: the name and organisation the directory the
 * server sent holds ('' for what it withholds, so nothing at an anonymous table), or null when
 * it holds neither.
 */
export function commentAuthor(
  comment: Pick<Comment, 'authorName' | 'organisation'>,
): string | null {
  const parts = [comment.authorName, comment.organisation].filter((p) => p !== '');
  return parts.length > 0 ? parts.join(', ') : null;
}
