import type { BoardSnapshot, Directory } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { voteProgress } from './voteProgress.js';

/** While voting: how many have voted and how many dots are placed, never an item's total. */
export function VoteProgressBar({
  board,
  directory,
}: {
  board: BoardSnapshot;
  directory: Directory;
}) {
  const t = useT();
  const progress = voteProgress(board, directory);
  return (
    <section className="vote-progress" aria-label={t('projector.votes')}>
      <p className="vote-figure" data-voters={progress.voters}>
        <span className="big-number">{progress.voters}</span>
        <span>
          {t('projector.voters', { count: progress.voters, participants: progress.participants })}
        </span>
      </p>
      <meter
        min={0}
        max={Math.max(progress.dotsAvailable, 1)}
        value={progress.dots}
        aria-label={t('projector.votes')}
      />
      <p className="vote-figure" data-dots={progress.dots}>
        <span className="big-number">{progress.dots}</span>
        <span>
          {t('projector.dots', { count: progress.dots, available: progress.dotsAvailable })}
        </span>
      </p>
      <p className="stage-hint">{t('projector.votingHint')}</p>
    </section>
  );
}
