import type { BoardSnapshot, Directory } from '@tavolo/board';

/**
 * Who the wall may credit for a contribution, or null: never a name at an anonymous table or of
 * a person who said no to being named (a moderator's device knows both and may drive the wall),
 * organisations only where the table shows them. The directory already leaves out what this
 * device may not see; this also holds the wall to what the room may see.
 */
export function wallAuthor(
  board: Pick<BoardSnapshot, 'anonymous' | 'showOrganisations'>,
  directory: Directory,
  authorId: string,
): string | null {
  const entry = Object.prototype.hasOwnProperty.call(directory, authorId)
    ? directory[authorId]
    : undefined;
  if (!entry) return null;
  const name = !board.anonymous && entry.consent !== false ? (entry.name ?? '') : '';
  const organisation =
    !board.anonymous || board.showOrganisations ? (entry.organisation ?? '') : '';
  return [name, organisation].filter((s) => s !== '').join(', ') || null;
}
