import { TEMPLATE_IDS, type TemplateId } from '@tavolo/board';
import { useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../../api/ApiError.js';
import { FormProblem, useFocusFirstInvalid } from '../../forms/FormProblem.js';
import { SelectField } from '../../forms/SelectField.js';
import { TextField } from '../../forms/TextField.js';
import { useFieldErrors } from '../../forms/useFieldErrors.js';
import { useT } from '../../i18n/useT.js';
import type { TableFields } from '../types.js';
import { ModeratorsField } from './ModeratorsField.js';

/** A new table: the default template, one moderator to fill in. */
export const BLANK_TABLE: TableFields = {
  title: '',
  templateId: 'skillNeeds',
  cluster: '',
  area: '',
  moderators: [{ name: '', organisation: '' }],
};

/** Only the fields the form edits, whatever else `table` carries (id, invitations…). */
function tableFields(table: TableFields): TableFields {
  const { title, templateId, cluster, area, moderators } = table;
  return { title, templateId, cluster, area, moderators };
}

/**
 * A table's title, cluster, smart-specialisation area, template (only when creating: the
 * board is laid out from it) and moderators. Field errors come from the server.
 */
export function TableForm({
  initial,
  creating,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: TableFields;
  creating: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(fields: TableFields): void;
  onCancel?: () => void;
}) {
  const t = useT();
  const [fields, setFields] = useState<TableFields>(() => tableFields(initial));
  const form = useRef<HTMLFormElement>(null);
  const errorFor = useFieldErrors(fieldErrorsOf(error));
  useFocusFirstInvalid(form, error);
  const set =
    <K extends keyof TableFields>(key: K) =>
    (value: TableFields[K]) =>
      setFields((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({
      ...fields,
      title: fields.title.trim(),
      cluster: fields.cluster.trim(),
      area: fields.area.trim(),
      moderators: fields.moderators.map((m) => ({
        name: m.name.trim(),
        organisation: m.organisation.trim(),
      })),
    });
  }

  return (
    <form ref={form} className="sec-form" onSubmit={submit} noValidate>
      <TextField
        className="span-2"
        label={t('secretariat.table.title')}
        value={fields.title}
        onChange={set('title')}
        error={errorFor('title')}
        required
        maxLength={160}
      />
      <TextField
        label={t('secretariat.table.cluster')}
        hint={t('secretariat.table.clusterHint')}
        value={fields.cluster}
        onChange={set('cluster')}
        error={errorFor('cluster')}
        maxLength={120}
      />
      <TextField
        label={t('secretariat.table.area')}
        hint={t('secretariat.table.areaHint')}
        value={fields.area}
        onChange={set('area')}
        error={errorFor('area')}
        maxLength={160}
      />
      {creating && (
        <SelectField<TemplateId>
          label={t('secretariat.table.template')}
          value={fields.templateId}
          onChange={set('templateId')}
          error={errorFor('templateId')}
          options={TEMPLATE_IDS.map((id) => ({
            value: id,
            label: t(`secretariat.template.${id}`),
          }))}
        />
      )}
      <ModeratorsField
        moderators={fields.moderators}
        onChange={set('moderators')}
        errorFor={errorFor}
      />
      <div className="span-2">
        <FormProblem error={error} />
      </div>
      <div className="form-buttons span-2">
        <button type="submit" className="primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('secretariat.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
