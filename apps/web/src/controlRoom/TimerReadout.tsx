import { remainingMs, timerRunning, type Timer } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { formatDuration } from '../time/formatDuration.js';

/** The phase timer as every board shows it, from the same server-time values. */
export function TimerReadout({ timer, serverNow }: { timer: Timer; serverNow: number }) {
  const t = useT();
  const left = remainingMs(timer, serverNow);
  const running = timerRunning(timer);
  const paused = timer.pausedRemainingMs !== null;
  let state: string;
  if (running && left === 0) state = t('controlRoom.timer.over');
  else if (running) state = t('controlRoom.timer.running');
  else if (paused) state = t('controlRoom.timer.paused');
  else state = t('controlRoom.timer.idle');
  const showClock = running || paused || timer.durationMs > 0;
  return (
    <p className="tile-timer">
      <span className="tile-label">{t('controlRoom.timer.label')}</span>
      {showClock && <span className="tile-clock">{formatDuration(left)}</span>}
      <span className="tile-timer-state">{state}</span>
    </p>
  );
}
