import type { BoardSnapshot } from '@tavolo/board';
import { useSectionTitle } from '../board/useSectionTitle.js';
import { useT } from '../i18n/useT.js';

const TOP = 3;

/** Each section's most voted groups and cards; shown only once voting has closed. */
export function TopItems({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const title = useSectionTitle();
  return (
    <section className="top-items" aria-labelledby="top-title">
      <h2 id="top-title">{t('projector.top')}</h2>
      <div className="top-sections">
        {board.sections.map((section) => {
          const top = section.ranked.filter((item) => item.votes > 0).slice(0, TOP);
          return (
            <div key={section.id} className={`top-section section-${section.kind}`}>
              <h3>{title(section)}</h3>
              {top.length === 0 ? (
                <p className="wall-empty">{t('projector.topEmpty')}</p>
              ) : (
                <ol>
                  {top.map((item) => (
                    <li key={item.id}>
                      <span className="top-text">
                        {item.type === 'group' ? item.group.heading : item.card.text}
                      </span>
                      <span className="vote-total">{t('vote.total', { count: item.votes })}</span>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
