import type { Identity } from '../identity/identity.js';
import { useT } from '../i18n/useT.js';
import { useBoard, useSyncState, useTableConnection } from '../sync/useTableConnection.js';
import type { TableConnection } from '../sync/TableConnection.js';
import { ModeratorPanel } from '../moderator/ModeratorPanel.js';
import { BoardHeader } from './BoardHeader.js';
import { BoardSections } from './BoardSections.js';
import { ConclusionsView } from './ConclusionsView.js';
import { ConnectionProvider } from './ConnectionContext.js';
import { ConsentSwitch } from './ConsentSwitch.js';
import { FilterBar } from './FilterBar.js';
import { PhaseBanner } from './PhaseBanner.js';
import { RejectionNotice } from './RejectionNotice.js';
import { PresenceList } from './PresenceList.js';
import { useSpotlightScroll } from './useSpotlightScroll.js';
import { viewerRights } from './viewerRights.js';

/** The live board of one table. */
export function BoardView({ tableId, identity }: { tableId: string; identity: Identity }) {
  const t = useT();
  const connection = useTableConnection(tableId, identity);
  if (!connection) return <p className="loading">{t('board.loading')}</p>;
  return (
    <ConnectionProvider connection={connection}>
      <LiveBoard connection={connection} />
    </ConnectionProvider>
  );
}

function LiveBoard({ connection }: { connection: TableConnection }) {
  const t = useT();
  const board = useBoard(connection);
  const { status } = useSyncState(connection);
  const rights = viewerRights(board, connection.actor);
  useSpotlightScroll(board);
  if (status === 'notFound' || status === 'ended') {
    return (
      <main className="page notice-page">
        <p role="alert">{t(status === 'ended' ? 'board.sessionEnded' : 'board.notFound')}</p>
      </main>
    );
  }
  return (
    <div className={`page board-page phase-${board.phase}`}>
      <BoardHeader board={board} projectorLink={rights.runsTable} />
      <PhaseBanner board={board} rights={rights} />
      <RejectionNotice />
      {rights.runsTable && <ModeratorPanel board={board} />}
      <div className="people-bar">
        <PresenceList board={board} />
        <ConsentSwitch />
      </div>
      <FilterBar board={board} rights={rights} />
      <main className="board-main" aria-label={t('board.sections')}>
        <BoardSections board={board} rights={rights} />
        {(board.phase === 'synthesis' || board.phase === 'closed') && !rights.runsTable && (
          <ConclusionsView text={board.conclusions} />
        )}
      </main>
    </div>
  );
}
