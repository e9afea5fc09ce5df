import type { BoardSnapshot, Directory } from '@tavolo/board';
import { useSectionTitle } from '../board/useSectionTitle.js';
import { useT } from '../i18n/useT.js';
import { WallEntry } from './WallEntry.js';
import { wallColumn } from './wallItems.js';

/**
 * The board as the room sees it: a column per section with its most recent entries (groups as
 * they form, cards as they arrive) and how many more there are. No vote totals.
 */
export function LiveBoard({
  board,
  directory,
  entries,
}: {
  board: BoardSnapshot;
  directory: Directory;
  entries: number;
}) {
  const t = useT();
  const title = useSectionTitle();
  return (
    <div className="live-board" aria-label={t('projector.board')} role="group">
      {board.sections.map((section) => {
        const column = wallColumn(section, entries);
        return (
          <section
            key={section.id}
            className={`wall-column section-${section.kind}`}
            aria-label={title(section)}
          >
            <h2>
              <span>{title(section)}</span>
              <span className="wall-column-count">{section.cards.length}</span>
            </h2>
            {column.items.length === 0 ? (
              <p className="wall-empty">{t('section.empty')}</p>
            ) : (
              <ul>
                {column.items.map((item) => (
                  <WallEntry key={item.id} item={item} board={board} directory={directory} />
                ))}
              </ul>
            )}
            {column.rest > 0 && (
              <p className="wall-more" data-rest={column.rest}>
                {t('projector.more', { count: column.rest })}
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
