import {
  extendTimer,
  pauseTimer,
  resumeTimer,
  startTimer,
  timerRunning,
  type BoardSnapshot,
} from '@tavolo/board';
import { useId, useState } from 'react';
import { useConnection } from '../board/ConnectionContext.js';
import { useT } from '../i18n/useT.js';
import { formatDuration } from '../time/formatDuration.js';
import { useServerNow } from '../time/useServerClock.js';

const MINUTE = 60_000;

/** Start, pause, resume and extend the phase timer, in server time. */
export function TimerControls({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const serverNow = useServerNow();
  // The minutes start at the phase's timebox, and again whenever the phase changes.
  const timebox = board.agenda[board.phase] ?? 0;
  const planned = timebox > 0 ? String(Math.round((timebox / MINUTE) * 100) / 100) : '10';
  const [typed, setTyped] = useState<{ phase: string; minutes: string } | null>(null);
  const minutes = typed?.phase === board.phase ? typed.minutes : planned;
  const setMinutes = (value: string) => setTyped({ phase: board.phase, minutes: value });
  const running = timerRunning(board.timer);
  const paused = board.timer.pausedRemainingMs !== null;
  const parsed = Number(minutes.replace(',', '.'));
  const valid = Number.isFinite(parsed) && parsed > 0 && parsed <= 24 * 60;

  return (
    <fieldset className="control-group timer-controls">
      <legend>{t('timer.controls')}</legend>
      {timebox > 0 && (
        <p className="timer-timebox">
          {t('agenda.timebox', { duration: formatDuration(timebox) })}
        </p>
      )}
      <div className="inline-form">
        <label htmlFor={`${id}-min`}>{t('timer.minutes')}</label>
        <input
          id={`${id}-min`}
          className="short-input"
          type="number"
          min={0}
          max={1440}
          step="any"
          inputMode="decimal"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <button
          type="button"
          className="primary"
          disabled={!valid}
          onClick={() =>
            connection.run((doc, a) => startTimer(doc, a, Math.round(parsed * MINUTE), serverNow()))
          }
        >
          {t('timer.start')}
        </button>
      </div>
      <div className="inline-form">
        {running && (
          <button
            type="button"
            onClick={() => connection.run((doc, a) => pauseTimer(doc, a, serverNow()))}
          >
            {t('timer.pause')}
          </button>
        )}
        {paused && (
          <button
            type="button"
            onClick={() => connection.run((doc, a) => resumeTimer(doc, a, serverNow()))}
          >
            {t('timer.resume')}
          </button>
        )}
        <button
          type="button"
          title={t('timer.extendLabel')}
          onClick={() => connection.run((doc, a) => extendTimer(doc, a, MINUTE, serverNow()))}
        >
          {t('timer.extend')}
        </button>
        <button
          type="button"
          title={t('timer.shortenLabel')}
          onClick={() => connection.run((doc, a) => extendTimer(doc, a, -MINUTE, serverNow()))}
        >
          {t('timer.shorten')}
        </button>
      </div>
    </fieldset>
  );
}
