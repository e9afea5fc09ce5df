import type { BoardSnapshot } from '@tavolo/board';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useT } from '../i18n/useT.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { useConnection } from './ConnectionContext.js';
import { PhaseTimer } from './PhaseTimer.js';
import { UndoRedo } from './UndoRedo.js';

/** Title, phase timer, sync state and the person's tools; on every board screen. */
export function BoardHeader({
  board,
  projectorLink,
}: {
  board: BoardSnapshot;
  projectorLink: boolean;
}) {
  const t = useT();
  const connection = useConnection();
  return (
    <header className="topbar board-topbar">
      <div className="topbar-title">
        <p className="brand-small">{t('app.name')}</p>
        <h1 className="table-title">{board.title || t('board.loading')}</h1>
      </div>
      <PhaseTimer timer={board.timer} phase={board.phase} />
      <div className="topbar-tools">
        <ConnectionBadge />
        {board.phase !== 'closed' && <UndoRedo />}
        {projectorLink && (
          <a
            className="button-link"
            href={`/t/${connection.tableId}/proiettore`}
            target="_blank"
            rel="noopener"
          >
            {t('board.projector')}
          </a>
        )}
        <LanguageSwitch />
      </div>
    </header>
  );
}
