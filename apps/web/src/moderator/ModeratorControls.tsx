import type { BoardSnapshot } from '@tavolo/board';
import { ConclusionsEditor } from './ConclusionsEditor.js';
import { PaperDownloads } from './PaperDownloads.js';
import { SettingsControls } from './SettingsControls.js';
import { TimerControls } from './TimerControls.js';

/**
 * The moderator panel's foldable part: timer, settings, conclusions and the paper. Its own
 * module, fetched when a moderator's panel first opens: a participant's phone never loads it.
 */
export function ModeratorControls({ board }: { board: BoardSnapshot }) {
  return (
    <>
      <div className="moderator-row">
        <TimerControls board={board} />
        <SettingsControls board={board} />
      </div>
      {(board.phase === 'synthesis' || board.phase === 'closed') && (
        <ConclusionsEditor board={board} />
      )}
      <PaperDownloads />
    </>
  );
}
