import type { BoardSnapshot } from '@tavolo/board';
import { useSectionTitle } from '../board/useSectionTitle.js';
import { useT } from '../i18n/useT.js';

/**
 * Before sharing: the phase's invitation and, per section, how many contributions there are.
 * Only counts, even on a moderator's device that holds every card: the room reads them later.
 */
export function CountsStage({
  board,
  withheld,
}: {
  board: BoardSnapshot;
  withheld: Readonly<Record<string, number>>;
}) {
  const t = useT();
  const title = useSectionTitle();
  const waiting = board.phase === 'preparation';
  return (
    <section className="counts-stage" aria-labelledby="stage-title">
      <h2 id="stage-title">{waiting ? t('projector.waiting') : t('phase.silent')}</h2>
      <p className="stage-hint">
        {waiting ? t('projector.waitingHint') : t('projector.silentHint')}
      </p>
      {!waiting && (
        <ul className="count-tiles">
          {board.sections.map((section) => {
            const count = section.cards.length + (withheld[section.id] ?? 0);
            return (
              <li key={section.id} className={`count-tile section-${section.kind}`}>
                <span className="count-title">{title(section)}</span>
                <span className="big-number" data-section-count={count}>
                  {count}
                </span>
                <span>{t('projector.contributions', { count })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
