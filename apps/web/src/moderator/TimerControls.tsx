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
import { useServerNow } from '../time/useServerClock.js';

const MINUTE = 60_000;

/** Start, pause, resume and extend the phase timer, in server time. */
export function TimerControls({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const serverNow = useServerNow();
  const [minutes, setMinutes] = useState('10');
  const running = timerRunning(board.timer);
  const paused = board.timer.pausedRemainingMs !== null;
  const parsed = Number(minutes.replace(',', '.'));
  const valid = Number.isFinite(parsed) && parsed > 0 && parsed <= 24 * 60;

  return (
    <fieldset className="control-group timer-controls">
      <legend>{t('timer.controls')}</legend>
      <div className="inline-form">
        <label htmlFor={`${id}-min`}>{t('timer.minutes')}</label>
        <input
          id={`${id}-min`}
          className="short-input"
          type="number"
          min={1}
          max={1440}
          inputMode="numeric"
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
