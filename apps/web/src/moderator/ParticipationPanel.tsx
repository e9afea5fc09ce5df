import type { BoardSnapshot } from '@tavolo/board';
import { useConnection } from '../board/ConnectionContext.js';
import { useDirectory } from '../sync/useTableConnection.js';
import { ParticipationView } from './ParticipationView.js';

/** Who has written and voted, for the moderator's panel, from this connection's directory. */
export function ParticipationPanel({ board }: { board: BoardSnapshot }) {
  const people = useDirectory(useConnection());
  return <ParticipationView board={board} people={people} />;
}
