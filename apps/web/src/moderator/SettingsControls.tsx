import { setAnonymity, setLocked, setVoteBudget, type BoardSnapshot } from '@tavolo/board';
import { useId } from 'react';
import { useConnection } from '../board/ConnectionContext.js';
import { useT } from '../i18n/useT.js';

/** Lock, vote budget, anonymity and whether organisations are shown in anonymous mode. */
export function SettingsControls({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  return (
    <fieldset className="control-group settings-controls">
      <legend>{t('mod.settings')}</legend>
      <button
        type="button"
        aria-pressed={board.locked}
        onClick={() => connection.run((doc, a) => setLocked(doc, a, !board.locked))}
      >
        {t(board.locked ? 'mod.unlock' : 'mod.lock')}
      </button>
      <div className="inline-form">
        <label htmlFor={`${id}-budget`}>{t('mod.voteBudget')}</label>
        <input
          id={`${id}-budget`}
          className="short-input"
          type="number"
          min={0}
          max={20}
          value={board.voteBudget}
          onChange={(e) => {
            const value = Number(e.target.value);
            if (Number.isInteger(value) && value >= 0 && value <= 20) {
              connection.run((doc, a) => setVoteBudget(doc, a, value));
            }
          }}
        />
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={board.anonymous}
          onChange={(e) =>
            connection.run((doc, a) =>
              setAnonymity(doc, a, e.target.checked, board.showOrganisations),
            )
          }
        />
        {t('mod.anonymous')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={board.showOrganisations}
          disabled={!board.anonymous}
          onChange={(e) =>
            connection.run((doc, a) => setAnonymity(doc, a, board.anonymous, e.target.checked))
          }
        />
        {t('mod.showOrganisations')}
      </label>
    </fieldset>
  );
}
