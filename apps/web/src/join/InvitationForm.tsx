import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, fieldErrorsOf } from '../api/ApiError.js';
import { TextField } from '../forms/TextField.js';
import { useFieldErrors } from '../forms/useFieldErrors.js';
import { saveIdentity } from '../identity/identity.js';
import { useT } from '../i18n/useT.js';
import type { UiStorage } from '../ui/uiStore.js';
import {
  acceptInvitation,
  tablePath,
  type InvitationRef,
  type InvitationSummary,
} from './invitationApi.js';
import { InvitationSummaryCard } from './InvitationSummaryCard.js';
import { joinErrorKey } from './joinErrorKey.js';

/**
 * Accepts an invitation: a name, an organisation and the consent to be named (nothing for an
 * observer such as a projector), then keeps the identity on this device and opens the table.
 */
export function InvitationForm({
  summary,
  inviteRef,
  storage,
  navigate,
}: {
  summary: InvitationSummary;
  inviteRef: InvitationRef;
  storage: UiStorage;
  navigate(path: string): void;
}) {
  const t = useT();
  const consentId = useId();
  const observer = summary.role === 'observer';
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [consent, setConsent] = useState(false);
  const [tried, setTried] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const orgRef = useRef<HTMLInputElement>(null);
  const accept = useMutation({
    mutationFn: () =>
      acceptInvitation(inviteRef, {
        name: name.trim(),
        organisation: organisation.trim(),
        consent,
      }),
    onSuccess: ({ tableId, identity }) => {
      saveIdentity(storage, tableId, identity);
      navigate(tablePath(tableId, identity.role));
    },
  });
  const serverError = useFieldErrors(fieldErrorsOf(accept.error));
  const missing = (value: string) => !observer && tried && value.trim() === '';
  const nameError = missing(name) ? t('fieldError.required') : serverError('name');
  const orgError = missing(organisation) ? t('fieldError.required') : serverError('organisation');
  const problem =
    accept.error && !(accept.error instanceof ApiError && accept.error.code === 'invalid_body')
      ? t(joinErrorKey(accept.error))
      : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!observer) {
      if (name.trim() === '') return nameRef.current?.focus();
      if (organisation.trim() === '') return orgRef.current?.focus();
    }
    accept.mutate();
  }

  return (
    <form className="join-card" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h1 id="invite-title">{t(observer ? 'invite.titleObserver' : 'invite.title')}</h1>
      <InvitationSummaryCard summary={summary} />
      <p>{t(`invite.intro.${summary.role}`)}</p>
      {!observer && (
        <>
          <TextField
            label={t('invite.name')}
            value={name}
            onChange={setName}
            error={nameError}
            required
            autoComplete="name"
            maxLength={80}
            inputRef={nameRef}
          />
          <TextField
            label={t('invite.organisation')}
            value={organisation}
            onChange={setOrganisation}
            error={orgError}
            required
            autoComplete="organization"
            maxLength={120}
            inputRef={orgRef}
          />
          <div className="check">
            <input
              id={consentId}
              type="checkbox"
              checked={consent}
              aria-describedby={`${consentId}-hint`}
              onChange={(e) => setConsent(e.target.checked)}
            />
            <label htmlFor={consentId}>{t('invite.consent')}</label>
          </div>
          <p id={`${consentId}-hint`} className="form-hint">
            {t('invite.consentHint')}
          </p>
        </>
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary wide" disabled={accept.isPending}>
        {accept.isPending
          ? t('invite.joining')
          : t(observer ? 'invite.openProjector' : 'invite.submit')}
      </button>
    </form>
  );
}
