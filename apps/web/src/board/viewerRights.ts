import {
  hidesOthersCards,
  participantsMayWrite,
  runsTable,
  votingClosed,
  type Actor,
  type BoardSnapshot,
} from '@tavolo/board';

/** What the person at this screen may see and do in the board's current state. */
export interface ViewerRights {
  readonly runsTable: boolean;
  /** May add cards and edit their own (and, running the table, anyone's). */
  readonly mayWrite: boolean;
  /** Others' cards are hidden (silent writing): a count only. */
  readonly hideOthers: boolean;
  readonly votingOpen: boolean;
  /** Vote totals and ranking may be shown. */
  readonly totalsVisible: boolean;
  /** May group, merge and move cards now (moderator in the grouping phase). */
  readonly grouping: boolean;
  readonly closed: boolean;
}

/** Derives the viewer's rights; mirrors the board package's guards so no button fails. */
export function viewerRights(
  board: Pick<BoardSnapshot, 'phase' | 'locked'>,
  actor: Actor,
  readOnly = false,
): ViewerRights {
  const runs = runsTable(actor.role) && !readOnly;
  const closed = board.phase === 'closed';
  const participantWrites =
    actor.role === 'participant' && !board.locked && participantsMayWrite(board.phase);
  return {
    runsTable: runs,
    mayWrite: !readOnly && !closed && (runs || participantWrites),
    hideOthers: hidesOthersCards(board.phase),
    votingOpen: !readOnly && board.phase === 'voting' && actor.role !== 'observer',
    totalsVisible: votingClosed(board.phase),
    grouping: runs && board.phase === 'grouping',
    closed,
  };
}
