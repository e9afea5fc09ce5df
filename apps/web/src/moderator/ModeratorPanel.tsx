import type { BoardSnapshot } from '@tavolo/board';
import { AgendaEditor } from '../agenda/AgendaEditor.js';
import { useT } from '../i18n/useT.js';
import { ConclusionsEditor } from './ConclusionsEditor.js';
import { PaperDownloads } from './PaperDownloads.js';
import { ParticipationPanel } from './ParticipationPanel.js';
import { PhaseStepper } from './PhaseStepper.js';
import { SettingsControls } from './SettingsControls.js';
import { TimerControls } from './TimerControls.js';

/** The moderator's (and secretariat's) controls: phases, timer, lock, settings, conclusions. */
export function ModeratorPanel({ board }: { board: BoardSnapshot }) {
  const t = useT();
  return (
    <section className="moderator-panel" aria-labelledby="moderator-title">
      <h2 id="moderator-title" className="panel-title">
        {t('mod.title')}
      </h2>
      <PhaseStepper board={board} />
      <div className="moderator-row">
        <TimerControls board={board} />
        <SettingsControls board={board} />
      </div>
      <AgendaEditor board={board} />
      <ParticipationPanel board={board} />
      {(board.phase === 'synthesis' || board.phase === 'closed') && (
        <ConclusionsEditor board={board} />
      )}
      <PaperDownloads />
    </section>
  );
}
