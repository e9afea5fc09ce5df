import type { BoardSnapshot, Directory } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { wallAuthor } from './wallAuthor.js';
import type { WallItem } from './wallItems.js';

/** Cards of a group named under its heading on the wall; the rest are counted. */
const GROUP_LINES = 2;

/** One entry of a wall column: a card with whom the wall may credit, or a group. */
export function WallEntry({
  item,
  board,
  directory,
}: {
  item: WallItem;
  board: BoardSnapshot;
  directory: Directory;
}) {
  const t = useT();
  if (item.type === 'card') {
    const author = wallAuthor(board, directory, item.card.authorId);
    return (
      <li className="wall-card">
        <p className="wall-text">{item.card.text}</p>
        {author && <p className="wall-author">{author}</p>}
      </li>
    );
  }
  const { group } = item;
  return (
    <li className="wall-group">
      <p className="wall-heading">{group.heading}</p>
      <p className="wall-group-count">{t('section.count', { count: group.cards.length })}</p>
      <ul>
        {group.cards.slice(-GROUP_LINES).map((card) => (
          <li key={card.id}>{card.text}</li>
        ))}
      </ul>
    </li>
  );
}
