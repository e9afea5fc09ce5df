import type { BoardSnapshot } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import type { ViewerRights } from './viewerRights.js';

/** What the current phase means for this person, and whether the board is locked. */
export function PhaseBanner({ board, rights }: { board: BoardSnapshot; rights: ViewerRights }) {
  const t = useT();
  const hint = rights.runsTable
    ? t(`phase.hintModerator.${board.phase}`)
    : t(`phase.hint.${board.phase}`);
  return (
    <section className={`phase-banner phase-banner-${board.phase}`} aria-label={t('phase.label')}>
      <p className="phase-banner-title">
        <span className="phase-pill">{t(`phase.${board.phase}`)}</span>
        <span>{hint}</span>
      </p>
      {board.locked && !rights.closed && (
        <p className="locked-notice" role="status">
          <span aria-hidden="true">🔒 </span>
          {t('board.locked')}
        </p>
      )}
    </section>
  );
}
