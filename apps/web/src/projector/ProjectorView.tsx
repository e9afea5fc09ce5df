import { useQuery } from '@tanstack/react-query';
import { PhaseTimer } from '../board/PhaseTimer.js';
import { ConnectionBadge } from '../board/ConnectionBadge.js';
import { ConnectionProvider } from '../board/ConnectionContext.js';
import type { Identity } from '../identity/identity.js';
import { useT } from '../i18n/useT.js';
import type { TableConnection } from '../sync/TableConnection.js';
import {
  useBoard,
  useDirectory,
  useRoomStatus,
  useTableConnection,
} from '../sync/useTableConnection.js';
import { fetchJoinInfo } from './joinInfo.js';
import { QrCode } from './QrCode.js';
import { TopItems } from './TopItems.js';

/** The wall: phase, timer, live count, how to join, and the top-voted items after voting. */
export function ProjectorView({ tableId, identity }: { tableId: string; identity: Identity }) {
  const t = useT();
  const connection = useTableConnection(tableId, identity, { announce: false });
  if (!connection) return <p className="loading">{t('board.loading')}</p>;
  return (
    <ConnectionProvider connection={connection}>
      <ProjectorScreen connection={connection} tableId={tableId} token={identity.token} />
    </ConnectionProvider>
  );
}

function ProjectorScreen({
  connection,
  tableId,
  token,
}: {
  connection: TableConnection;
  tableId: string;
  token: string;
}) {
  const t = useT();
  const board = useBoard(connection);
  // During silent writing the server sends the wall no participant's card, only how many.
  const withheld = Object.values(useRoomStatus(connection).withheld).reduce((a, b) => a + b, 0);
  const cards = board.totals.cards + withheld;
  // Everyone is listed by id and role, named or not: the wall counts without naming.
  const participants = Object.values(useDirectory(connection)).filter(
    (p) => p.role === 'participant',
  ).length;
  const join = useQuery({
    queryKey: ['joinInfo', tableId],
    queryFn: () => fetchJoinInfo(tableId, token, window.location.origin),
    staleTime: 60_000,
  });
  const info = join.data ?? { code: null, url: `${window.location.origin}/t/${tableId}` };
  return (
    <div className={`projector phase-${board.phase}`}>
      <header className="projector-header">
        <div>
          <p className="brand-small">{t('app.name')}</p>
          <h1>{board.title || t('board.loading')}</h1>
        </div>
        <ConnectionBadge />
      </header>
      <main className="projector-main">
        <section className="projector-status" aria-label={t('projector.status')}>
          <PhaseTimer timer={board.timer} phase={board.phase} large />
          <p className="projector-count" data-count={cards}>
            <span className="big-number">{cards}</span>
            <span>{t('projector.contributions', { count: cards })}</span>
          </p>
          <p className="projector-people">{t('projector.participants', { count: participants })}</p>
          <TopItems board={board} />
        </section>
        <aside className="projector-join" aria-labelledby="projector-join-title">
          <h2 id="projector-join-title">{t('projector.join')}</h2>
          <QrCode text={info.url} label={t('projector.qrLabel', { url: info.url })} />
          {info.code && (
            <p className="join-code">
              {t('projector.code')} <strong data-join-code={info.code}>{info.code}</strong>
            </p>
          )}
          <p className="join-url">{info.url}</p>
        </aside>
      </main>
    </div>
  );
}
