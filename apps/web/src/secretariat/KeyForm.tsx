import { useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField.js';
import { useT } from '../i18n/useT.js';
import { SecretariatLayout } from './SecretariatLayout.js';

/** Asks for the secretariat key when the address did not carry it, or it was wrong. */
export function KeyForm({ rejected, onKey }: { rejected: boolean; onKey(key: string): void }) {
  const t = useT();
  const [key, setKey] = useState('');
  const [tried, setTried] = useState(false);
  const missing = tried && key.trim() === '';

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (key.trim() !== '') onKey(key);
  }

  return (
    <SecretariatLayout title={t('secretariat.key.title')} signedIn={false}>
      <form className="panel narrow" onSubmit={submit} noValidate>
        {rejected && (
          <p className="form-problem" role="alert">
            {t('secretariat.key.wrong')}
          </p>
        )}
        <p>{t('secretariat.key.intro')}</p>
        <TextField
          label={t('secretariat.key.label')}
          hint={t('secretariat.key.hint')}
          type="password"
          autoComplete="current-password"
          value={key}
          onChange={setKey}
          error={missing ? t('fieldError.required') : null}
          required
        />
        <button type="submit" className="primary">
          {t('secretariat.key.submit')}
        </button>
      </form>
    </SecretariatLayout>
  );
}
