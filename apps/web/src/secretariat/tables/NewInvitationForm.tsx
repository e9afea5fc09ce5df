import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/ApiError.js';
import { FormProblem } from '../../forms/FormProblem.js';
import { SelectField } from '../../forms/SelectField.js';
import { TextField } from '../../forms/TextField.js';
import { useFieldErrors } from '../../forms/useFieldErrors.js';
import { useT } from '../../i18n/useT.js';
import type { InvitedRole } from '../../join/invitationApi.js';
import { useSecretariat } from '../SecretariatContext.js';

const ROLES: readonly InvitedRole[] = ['participant', 'moderator', 'observer'];

/** Hands out a new invitation to a table: for whom (role) and an optional note. */
export function NewInvitationForm({
  tableId,
  onCreated,
  onCancel,
}: {
  tableId: string;
  onCreated(): void;
  onCancel(): void;
}) {
  const t = useT();
  const { api } = useSecretariat();
  const [role, setRole] = useState<InvitedRole>('participant');
  const [label, setLabel] = useState('');
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector('select')?.focus();
  }, []);
  const create = useMutation({
    mutationFn: () => api.invite(tableId, role, label.trim()),
    onSuccess: onCreated,
  });
  const errorFor = useFieldErrors(fieldErrorsOf(create.error));

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  return (
    <form ref={form} className="invite-form" onSubmit={submit} noValidate>
      <SelectField<InvitedRole>
        label={t('secretariat.invite.role')}
        value={role}
        onChange={setRole}
        error={errorFor('role')}
        options={ROLES.map((r) => ({ value: r, label: t(`secretariat.role.${r}`) }))}
      />
      <TextField
        label={t('secretariat.invite.label')}
        placeholder={t('secretariat.invite.labelHint')}
        value={label}
        onChange={setLabel}
        error={errorFor('label')}
        maxLength={120}
      />
      <div className="button-row">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('secretariat.invite.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('secretariat.cancel')}
        </button>
      </div>
      <FormProblem error={create.error} />
    </form>
  );
}
