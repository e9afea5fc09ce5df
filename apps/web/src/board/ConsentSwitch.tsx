import { useId, useState } from 'react';
import { useT } from '../i18n/useT.js';
import { useDirectory } from '../sync/useTableConnection.js';
import { useConnection } from './ConnectionContext.js';

/**
 * A person's own answer to being named in the position paper, which they may change at any
 * time: the server records it, and the projector and exports name them only while it is yes.
 */
export function ConsentSwitch() {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const directory = useDirectory(connection);
  const me = connection.actor.id;
  const recorded =
    (Object.prototype.hasOwnProperty.call(directory, me) ? directory[me]?.consent : undefined) ??
    connection.identity.consent;
  // What the person just chose, until the server's directory says something new.
  const [chosen, setChosen] = useState<{ value: boolean; over: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  if (connection.actor.role === 'observer' || connection.actor.role === 'secretariat') return null;
  const checked = chosen !== null && chosen.over === recorded ? chosen.value : recorded;
  const change = async (consent: boolean) => {
    setChosen({ value: consent, over: recorded });
    setSaving(true);
    setFailed(false);
    try {
      await connection.setConsent(consent);
    } catch {
      setChosen(null);
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="consent-switch" aria-labelledby={`${id}-label`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={saving}
        aria-describedby={`${id}-hint`}
        onChange={(e) => void change(e.target.checked)}
      />
      <label id={`${id}-label`} htmlFor={id}>
        {t('consent.label')}
      </label>
      <p id={`${id}-hint`} className="consent-hint">
        {t('consent.hint')}
      </p>
      {failed && <p role="alert">{t('consent.failed')}</p>}
    </section>
  );
}
