import { TEMPLATE_IDS, type TemplateId } from '@tavolo/board';
import { SelectField } from '../../forms/SelectField.js';
import { TextField } from '../../forms/TextField.js';
import { useApiForm } from '../../forms/useApiForm.js';
import { useT } from '../../i18n/useT.js';
import { SecretariatForm, type SecretariatFormProps } from '../forms/SecretariatForm.js';
import type { TableFields } from '../types.js';
import { ModeratorsField } from './ModeratorsField.js';
import { TemplateSections } from './TemplateSections.js';

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

/** The fields as sent: the typed text without the spaces around it. */
function trimmed(fields: TableFields): TableFields {
  return {
    ...fields,
    title: fields.title.trim(),
    cluster: fields.cluster.trim(),
    area: fields.area.trim(),
    moderators: fields.moderators.map((m) => ({
      name: m.name.trim(),
      organisation: m.organisation.trim(),
    })),
  };
}

/**
 * A table's title, cluster, smart-specialisation area, template (only when creating: the
 * board is laid out from it) and moderators. Field errors come from the server.
 */
export function TableForm({
  initial,
  creating,
  onSubmit,
  ...frame
}: SecretariatFormProps<TableFields> & { creating: boolean }) {
  const t = useT();
  const { fields, set, field, errorFor, formRef } = useApiForm(
    () => tableFields(initial),
    frame.error,
  );

  return (
    <SecretariatForm {...frame} formRef={formRef} onSubmit={() => onSubmit(trimmed(fields))}>
      <TextField
        className="span-2"
        label={t('secretariat.table.title')}
        {...field('title')}
        required
        maxLength={160}
      />
      <TextField
        label={t('secretariat.table.cluster')}
        hint={t('secretariat.table.clusterHint')}
        {...field('cluster')}
        maxLength={120}
      />
      <TextField
        label={t('secretariat.table.area')}
        hint={t('secretariat.table.areaHint')}
        {...field('area')}
        maxLength={160}
      />
      {creating && (
        <>
          <SelectField<TemplateId>
            label={t('secretariat.table.template')}
            {...field('templateId')}
            options={TEMPLATE_IDS.map((id) => ({
              value: id,
              label: t(`secretariat.template.${id}`),
            }))}
          />
          <TemplateSections templateId={fields.templateId} />
        </>
      )}
      <ModeratorsField
        moderators={fields.moderators}
        onChange={set('moderators')}
        errorFor={errorFor}
      />
    </SecretariatForm>
  );
}
