import { PHASES, setPhase, type BoardSnapshot, type Phase } from '@tavolo/board';
import { useConnection } from '../board/ConnectionContext.js';
import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';
import { useServerNow } from '../time/useServerClock.js';

/** What the main button does in each phase: the next step of the session. */
const NEXT_LABEL: Record<Exclude<Phase, 'closed'>, MessageKey> = {
  preparation: 'mod.next.preparation',
  silent: 'mod.next.silent',
  sharing: 'mod.next.sharing',
  grouping: 'mod.next.grouping',
  voting: 'mod.next.voting',
  synthesis: 'mod.next.synthesis',
};

/** The session's phases in order; the moderator moves forward or back to any of them. */
export function PhaseStepper({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const connection = useConnection();
  const index = PHASES.indexOf(board.phase);
  const next = PHASES[index + 1];
  const serverNow = useServerNow();
  // The phase starts now in server time: its timer counts down from its timebox everywhere.
  const go = (phase: Phase) =>
    connection.run((doc, a) => setPhase(doc, a, phase, { now: serverNow() }));

  return (
    <nav className="phase-stepper" aria-label={t('mod.phases')}>
      <ol>
        {PHASES.map((phase, i) => (
          <li key={phase} className={i < index ? 'done' : i === index ? 'current' : 'todo'}>
            <button
              type="button"
              aria-current={phase === board.phase ? 'step' : undefined}
              title={t('mod.goTo', { phase: t(`phase.${phase}`) })}
              onClick={() => go(phase)}
            >
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="step-name">{t(`phase.${phase}`)}</span>
            </button>
          </li>
        ))}
      </ol>
      {board.phase !== 'closed' && next && (
        <button type="button" className="primary next-phase" onClick={() => go(next)}>
          {t(NEXT_LABEL[board.phase])}
        </button>
      )}
    </nav>
  );
}
