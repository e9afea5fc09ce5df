import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/ApiError.js';
import { TextField } from '../forms/TextField.js';
import { useT } from '../i18n/useT.js';
import type { UiStorage } from '../ui/uiStore.js';
import { lookupInvitation, normaliseCode } from './invitationApi.js';
import { InvitationForm } from './InvitationForm.js';
import { JoinLayout } from './JoinLayout.js';
import { joinErrorKey } from './joinErrorKey.js';

/** Lengths of the codes the server hands out: participants' 6, moderators' and observers' 10. */
const CODE_LENGTH = 6;
const LONG_CODE_LENGTH = 10;

/** True when `code` has the length of a code the server hands out. */
const codeLengthOk = (code: string) =>
  code.length === CODE_LENGTH || code.length === LONG_CODE_LENGTH;

/**
 * /entra: type the short code shown on the projector or on the printed sheet. The projector's
 * QR code opens /entra?codice=<code>: that code is looked up at once.
 */
export function CodeEntryPage({
  storage,
  navigate,
  initialCode = '',
}: {
  storage: UiStorage;
  navigate(path: string): void;
  initialCode?: string;
}) {
  const t = useT();
  const [typed, setTyped] = useState(initialCode);
  const [tooShort, setTooShort] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const lookup = useMutation({ mutationFn: (code: string) => lookupInvitation({ code }) });
  const { mutate } = lookup;
  useEffect(() => {
    const code = normaliseCode(initialCode);
    if (codeLengthOk(code)) mutate(code);
  }, [initialCode, mutate]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = normaliseCode(typed);
    const short = !codeLengthOk(code);
    setTooShort(short);
    if (short) return input.current?.focus();
    lookup.mutate(code);
  }

  if (lookup.data && lookup.variables) {
    return (
      <JoinLayout>
        <InvitationForm
          summary={lookup.data}
          inviteRef={{ code: lookup.variables }}
          storage={storage}
          navigate={navigate}
        />
        <p className="join-aside">
          <button type="button" className="link" onClick={() => lookup.reset()}>
            {t('code.other')}
          </button>
        </p>
      </JoinLayout>
    );
  }

  const error = tooShort
    ? t('code.length', { count: CODE_LENGTH })
    : lookup.error instanceof ApiError
      ? t(joinErrorKey(lookup.error))
      : null;
  return (
    <JoinLayout>
      <form className="join-card" onSubmit={submit} noValidate aria-labelledby="code-title">
        <h1 id="code-title">{t('code.title')}</h1>
        <p>{t('code.intro')}</p>
        <TextField
          className="code-field"
          label={t('code.label')}
          hint={t('code.hint')}
          value={typed}
          onChange={(value) => {
            setTyped(value);
            setTooShort(false);
          }}
          error={error}
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={16}
          inputRef={input}
        />
        <button type="submit" className="primary wide" disabled={lookup.isPending}>
          {lookup.isPending ? t('code.checking') : t('code.submit')}
        </button>
      </form>
    </JoinLayout>
  );
}
