import type { BoardSnapshot, Directory } from '@tavolo/board';
import { CountsStage } from './CountsStage.js';
import { LiveBoard } from './LiveBoard.js';
import { ResultsStage } from './ResultsStage.js';
import { SpotlightStage } from './SpotlightStage.js';
import { VoteProgressBar } from './VoteProgressBar.js';
import { spotlitItem } from './wallItems.js';

/** Entries per section the wall shows; sized so a column fits a 16:9 screen at the wall's type. */
const ENTRIES = 4;
/** Fewer while voting: the progress bar takes a line. */
const ENTRIES_VOTING = 3;

/**
 * What the room discusses now: counts before sharing (nobody else's card is on this device, or
 * may be shown, during silent writing), then the live board or the spotlit item, vote progress
 * while voting, the top items and the conclusions at the end.
 */
export function Stage({
  board,
  directory,
  withheld,
}: {
  board: BoardSnapshot;
  directory: Directory;
  withheld: Readonly<Record<string, number>>;
}) {
  const spotlit = spotlitItem(board);
  const focus = (entries: number) =>
    spotlit ? (
      <SpotlightStage board={board} directory={directory} spotlit={spotlit} />
    ) : (
      <LiveBoard board={board} directory={directory} entries={entries} />
    );
  let content;
  switch (board.phase) {
    case 'preparation':
    case 'silent':
      content = <CountsStage board={board} withheld={withheld} />;
      break;
    case 'sharing':
    case 'grouping':
      content = focus(ENTRIES);
      break;
    case 'voting':
      content = (
        <>
          <VoteProgressBar board={board} directory={directory} />
          {focus(ENTRIES_VOTING)}
        </>
      );
      break;
    case 'synthesis':
      content = spotlit ? focus(ENTRIES) : <ResultsStage board={board} />;
      break;
    case 'closed':
      content = <ResultsStage board={board} />;
      break;
  }
  return (
    <div className={`projector-stage stage-${board.phase}`} data-phase={board.phase}>
      {content}
    </div>
  );
}
