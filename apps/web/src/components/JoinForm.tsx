import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** Asks a newcomer for name and organisation; no account needed. */
export function JoinForm({
  onJoin,
}: {
  onJoin(entry: { name: string; organisation: string }): void;
}) {
  const t = useT();
  const nameId = useId();
  const orgId = useId();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [tried, setTried] = useState(false);
  const nameMissing = name.trim() === '';
  const orgMissing = organisation.trim() === '';

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (nameMissing || orgMissing) return;
    onJoin({ name, organisation });
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
          <button type="submit" className="primary">
            {t('join.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
