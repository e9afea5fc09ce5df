import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useInlineForm } from '../forms/useInlineForm.js';
import { useSecretariat } from '../SecretariatContext.js';
import type { EventView, TableFields } from '../types.js';
import { TableCard } from './TableCard.js';
import { BLANK_TABLE, TableForm } from './TableForm.js';
import './tables.css';

/** The event's tables, and the form that adds one. */
export function TablesSection({
  event,
  now,
  onChanged,
}: {
  event: EventView;
  now: number;
  onChanged(): void;
}) {
  const t = useT();
  const { api } = useSecretariat();
  const readOnly = event.archivedAt !== null;
  const [formKey, setFormKey] = useState(0);
  const add = useInlineForm(
    (fields: TableFields) => api.addTable(event.id, fields),
    () => {
      setFormKey((k) => k + 1);
      onChanged();
    },
  );
  return (
    <section className="sec-section" aria-labelledby="tables-title">
      <div className="sec-section-head">
        <h2 id="tables-title">{t('secretariat.tables.title', { count: event.tables.length })}</h2>
        {!readOnly && !add.open && (
          <button type="button" className="primary" onClick={add.show}>
            {t('secretariat.tables.add')}
          </button>
        )}
      </div>
      {add.open && (
        <div className="panel" role="group" aria-label={t('secretariat.tables.newTitle')}>
          <h3>{t('secretariat.tables.newTitle')}</h3>
          <TableForm
            key={formKey}
            initial={BLANK_TABLE}
            creating
            submitLabel={t('secretariat.tables.submit')}
            {...add.formProps}
          />
        </div>
      )}
      {event.tables.length === 0 && !add.open && (
        <p className="panel muted">{t('secretariat.tables.empty')}</p>
      )}
      <ul className="table-cards">
        {event.tables.map((table) => (
          <TableCard
            key={table.id}
            table={table}
            readOnly={readOnly}
            now={now}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </section>
  );
}
