import { useQuery } from '@tanstack/react-query';
import type { TableConnection } from '../sync/TableConnection.js';
import { useBoard, useDirectory, useRoomStatus } from '../sync/useTableConnection.js';
import { fetchJoinInfo, wallJoin } from './joinInfo.js';
import { JoinPanel } from './JoinPanel.js';
import { ProjectorHeader } from './ProjectorHeader.js';
import { Stage } from './Stage.js';
import { useWallLanguage } from './useWallLanguage.js';

/** The wall's frame: header, the stage of the current phase, and how to join. */
export function ProjectorScreen({
  connection,
  tableId,
  token,
}: {
  connection: TableConnection;
  tableId: string;
  token: string;
}) {
  const board = useBoard(connection);
  const directory = useDirectory(connection);
  const { withheld } = useRoomStatus(connection);
  const join = useQuery({
    queryKey: ['joinInfo', tableId],
    queryFn: () => fetchJoinInfo(tableId, token, window.location.origin),
    staleTime: 60_000,
  });
  // fetchJoinInfo always answers (the table's own page when the server cannot say): until it
  // has, the wall shows no QR code rather than one that might be the wrong one.
  const info = join.data ?? null;
  useWallLanguage(info?.language ?? null);
  // During silent writing the server sends the wall no participant's card, only how many.
  const cards = board.totals.cards + Object.values(withheld).reduce((sum, count) => sum + count, 0);
  // Everyone is listed by id and role, named or not: the wall counts without naming.
  const participants = Object.values(directory).filter((p) => p.role === 'participant').length;
  return (
    <div className={`projector phase-${board.phase}`}>
      <ProjectorHeader board={board} />
      <main className="projector-main">
        <Stage board={board} directory={directory} withheld={withheld} />
        <JoinPanel join={info && wallJoin(info)} cards={cards} participants={participants} />
      </main>
    </div>
  );
}
