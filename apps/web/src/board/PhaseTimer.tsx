import { timerRunning, type Phase, type Timer } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { formatDuration } from '../time/formatDuration.js';
import { useRemainingMs } from '../time/useServerClock.js';

/** The phase and its timer, computed from server time: the same on every screen. */
export function PhaseTimer({
  timer,
  phase,
  large = false,
}: {
  timer: Timer;
  phase: Phase;
  large?: boolean;
}) {
  const t = useT();
  const left = useRemainingMs(timer);
  const running = timerRunning(timer);
  const state = running ? 'running' : timer.pausedRemainingMs !== null ? 'paused' : 'idle';
  const expired = running && left === 0;
  return (
    <div
      className={`phase-timer timer-${state}${expired ? ' timer-expired' : ''}${large ? ' large' : ''}`}
      role="timer"
      aria-label={t('timer.label')}
      data-state={state}
    >
      <span className="phase-name">{t(`phase.${phase}`)}</span>
      <span className="timer-value">{formatDuration(left)}</span>
      <span className="timer-state">{expired ? t('timer.expired') : t(`timer.${state}`)}</span>
    </div>
  );
}
