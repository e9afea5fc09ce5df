import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { joinTable, JoinError, type Identity } from '../identity/identity.js';
import { useT } from '../i18n/useT.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** Asks a newcomer for name, organisation and consent; no account needed. */
export function JoinForm({
  tableId,
  onJoined,
}: {
  tableId: string;
  onJoined(identity: Identity): void;
}) {
  const t = useT();
  const nameId = useId();
  const orgId = useId();
  const consentId = useId();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [consent, setConsent] = useState(false);
  const join = useMutation({
    mutationFn: () => joinTable(tableId, { name, organisation, consent }),
    onSuccess: onJoined,
  });
  const failure = join.error instanceof JoinError ? join.error.code : join.error ? 'network' : null;
  const [tried, setTried] = useState(false);
  const nameMissing = name.trim() === '';
  const orgMissing = organisation.trim() === '';

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (nameMissing || orgMissing) return;
    join.mutate();
  }

  return (
    <div className="page">
      <header className="topbar">
        <h1 className="brand">{t('app.name')}</h1>
        <LanguageSwitch />
      </header>
      <main className="join">
        <form onSubmit={submit} noValidate className="join-form">
          <h2>{t('join.title')}</h2>
          <p>{t('join.intro')}</p>
          <label htmlFor={nameId}>{t('join.name')}</label>
          <input
            id={nameId}
            value={name}
            autoComplete="name"
            maxLength={80}
            aria-invalid={tried && nameMissing}
            aria-describedby={tried && nameMissing ? `${nameId}-err` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {tried && nameMissing && (
            <span id={`${nameId}-err`} className="field-error">
              {t('join.required')}
            </span>
          )}
          <label htmlFor={orgId}>{t('join.organisation')}</label>
          <input
            id={orgId}
            value={organisation}
            autoComplete="organization"
            maxLength={120}
            aria-invalid={tried && orgMissing}
            aria-describedby={tried && orgMissing ? `${orgId}-err` : undefined}
            onChange={(e) => setOrganisation(e.target.value)}
          />
          {tried && orgMissing && (
            <span id={`${orgId}-err`} className="field-error">
              {t('join.required')}
            </span>
          )}
          <label className="check" htmlFor={consentId}>
            <input
              id={consentId}
              type="checkbox"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
            />
            {t('join.consent')}
          </label>
          {failure && (
            <p className="field-error" role="alert">
              {t(failure === 'unknown_table' ? 'board.notFound' : 'join.failed')}
            </p>
          )}
          <button type="submit" className="primary" disabled={join.isPending}>
            {t('join.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
