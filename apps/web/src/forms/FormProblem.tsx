import { useEffect, type RefObject } from 'react';
import { ApiError } from '../api/ApiError.js';
import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';

const BY_CODE: Record<string, MessageKey> = {
  invalid_body: 'problem.fields',
  event_archived: 'problem.archived',
  unknown_event: 'problem.unknownEvent',
  unknown_table: 'problem.unknownTable',
  unknown_invitation: 'problem.unknownInvitation',
  network: 'problem.network',
  unauthorised: 'problem.unauthorised',
  storage_full: 'problem.storageFull',
};

/** The message for a refused secretariat request. */
export function problemKey(error: unknown): MessageKey {
  return error instanceof ApiError ? (BY_CODE[error.code] ?? 'problem.generic') : 'problem.generic';
}

/** Says, as an alert, why the last request was refused. */
export function FormProblem({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="form-problem" role="alert">
      {t(problemKey(error))}
    </p>
  );
}

/** After a refusal naming fields, moves the focus to the first field marked invalid. */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, error: unknown) {
  useEffect(() => {
    if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}
