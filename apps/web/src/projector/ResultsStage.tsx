import { votingClosed, type BoardSnapshot } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { TopItems } from './TopItems.js';

/** The end of the session: the top items of each section and the moderator's conclusions. */
export function ResultsStage({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const paragraphs = board.conclusions
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <div className="results-stage">
      {votingClosed(board.phase) && <TopItems board={board} />}
      <section className="wall-conclusions" aria-labelledby="wall-conclusions-title">
        <h2 id="wall-conclusions-title">{t('conclusions.title')}</h2>
        {paragraphs.length === 0 ? (
          <p className="wall-empty">{t('projector.conclusionsPending')}</p>
        ) : (
          <div className="conclusions-text">
            {paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
