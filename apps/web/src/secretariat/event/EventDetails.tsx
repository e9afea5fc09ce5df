import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useUi } from '../../ui/UiStoreContext.js';
import { EventForm } from '../EventForm.js';
import { formatEventDate } from '../formatDate.js';
import { useSecretariat } from '../SecretariatContext.js';
import type { EventFields, EventView } from '../types.js';

/** The event's fields, and the form that edits them (not once archived). */
export function EventDetails({
  event,
  onChanged,
}: {
  event: EventView;
  onChanged(view?: EventView): void;
}) {
  const t = useT();
  const language = useUi((s) => s.language);
  const { api } = useSecretariat();
  const [editing, setEditing] = useState(false);
  const update = useMutation({
    mutationFn: (fields: EventFields) => api.updateEvent(event.id, fields),
    onSuccess: (view) => {
      setEditing(false);
      onChanged(view);
    },
  });
  const rows: [string, string][] = [
    [t('secretariat.event.date'), formatEventDate(event.date, language)],
    [t('secretariat.event.startTime'), event.startTime],
    [t('secretariat.event.place'), event.place || '—'],
    [t('secretariat.event.organiser'), event.organiser || '—'],
    [t('secretariat.event.language'), t(`language.${event.language}`)],
  ];
  return (
    <section className="panel" aria-labelledby="event-details">
      <div className="sec-section-head">
        <h2 id="event-details">{t('secretariat.event.details')}</h2>
        {event.archivedAt === null && !editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {t('secretariat.event.edit')}
          </button>
        )}
      </div>
      {editing ? (
        <EventForm
          initial={event}
          submitLabel={t('secretariat.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(fields) => update.mutate(fields)}
          onCancel={() => {
            update.reset();
            setEditing(false);
          }}
        />
      ) : (
        <dl className="details">
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
