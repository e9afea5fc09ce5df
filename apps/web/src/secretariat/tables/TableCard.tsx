import { useId } from 'react';
import { useT } from '../../i18n/useT.js';
import { useInlineForm } from '../forms/useInlineForm.js';
import { useSecretariat } from '../SecretariatContext.js';
import type { TableFields } from '../types.js';
import { InvitationsPanel, type TablePanelProps } from './InvitationsPanel.js';
import { TableForm } from './TableForm.js';

/** A table of the event: what it is about, who moderates, editing it, and its invitations. */
export function TableCard({ table, readOnly, now, onChanged }: TablePanelProps) {
  const t = useT();
  const headingId = useId();
  const { api } = useSecretariat();
  const edit = useInlineForm(
    ({ templateId: _fixed, ...patch }: TableFields) => api.updateTable(table.id, patch),
    () => onChanged(),
  );
  const moderators = table.moderators
    .map((m) => (m.organisation ? `${m.name} (${m.organisation})` : m.name))
    .join(', ');

  return (
    <li className="table-card" aria-labelledby={headingId}>
      <div className="table-card-head">
        <div>
          <h3 id={headingId}>{table.title}</h3>
          <p className="muted">
            {[table.cluster, table.area, t(`secretariat.template.${table.templateId}`)]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="table-card-side">
          <span className="pill">
            {t('secretariat.table.joined', { count: table.participants })}
          </span>
          {!readOnly && !edit.open && (
            <button
              type="button"
              onClick={edit.show}
              aria-label={t('secretariat.table.editOf', { title: table.title })}
            >
              {t('secretariat.edit')}
            </button>
          )}
        </div>
      </div>
      {!edit.open && (
        <p className="table-moderators">
          <span className="muted">{t('secretariat.table.moderators')}: </span>
          {moderators || t('secretariat.table.noModerators')}
        </p>
      )}
      {edit.open && (
        <TableForm
          initial={table}
          creating={false}
          submitLabel={t('secretariat.save')}
          {...edit.formProps}
        />
      )}
      <InvitationsPanel table={table} readOnly={readOnly} now={now} onChanged={onChanged} />
    </li>
  );
}
