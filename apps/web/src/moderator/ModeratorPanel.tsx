import type { BoardSnapshot } from '@tavolo/board';
import { lazy, Suspense } from 'react';
import { PageLoading } from '../components/PageLoading.js';
import { useT } from '../i18n/useT.js';
import { useUi } from '../ui/UiStoreContext.js';
import { AgendaEditor } from '../agenda/AgendaEditor.js';
import { ParticipationPanel } from './ParticipationPanel.js';
import { PhaseStepper } from './PhaseStepper.js';
import { SectionsEditor } from './SectionsEditor.js';

const ModeratorControls = lazy(async () => ({
  default: (await import('./ModeratorControls.js')).ModeratorControls,
}));

const CONTROLS_ID = 'moderator-controls';

/**
 * The moderator's (and secretariat's) controls. The phases are always in sight; the rest
 * (timer, lock, settings, conclusions, paper) folds away so the cards start near the top of a
 * laptop screen. Folded or not is remembered on this device (the UI store keeps it).
 */
export function ModeratorPanel({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const open = useUi((s) => s.moderatorPanelOpen);
  const setOpen = useUi((s) => s.setModeratorPanelOpen);
  return (
    <section
      className={`moderator-panel${open ? '' : ' folded'}`}
      aria-labelledby="moderator-title"
    >
      <div className="panel-head">
        <h2 id="moderator-title" className="panel-title">
          {t('mod.title')}
        </h2>
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={open}
          aria-controls={CONTROLS_ID}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▴ ' : '▾ '}</span>
          {t(open ? 'mod.fold' : 'mod.unfold')}
        </button>
      </div>
      <PhaseStepper board={board} />
      <div id={CONTROLS_ID} className="moderator-controls" hidden={!open}>
        {open && (
          <>
            <Suspense fallback={<PageLoading />}>
              <ModeratorControls board={board} />
            </Suspense>
            <SectionsEditor board={board} />
            <AgendaEditor board={board} />
            <ParticipationPanel board={board} />
          </>
        )}
      </div>
    </section>
  );
}
