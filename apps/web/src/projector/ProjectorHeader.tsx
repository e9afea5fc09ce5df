import type { BoardSnapshot } from '@tavolo/board';
import { ConnectionBadge } from '../board/ConnectionBadge.js';
import { PhaseTimer } from '../board/PhaseTimer.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useT } from '../i18n/useT.js';

/** The wall's top line: the table, its phase and timer, the language switch, the sync state. */
export function ProjectorHeader({ board }: { board: BoardSnapshot }) {
  const t = useT();
  return (
    <header className="projector-header">
      <div className="projector-title">
        <p className="brand-small">{t('app.name')}</p>
        <h1>{board.title || t('board.loading')}</h1>
      </div>
      <PhaseTimer timer={board.timer} phase={board.phase} large />
      <div className="projector-tools">
        <LanguageSwitch />
        <ConnectionBadge />
      </div>
    </header>
  );
}
