import { useT } from '../../i18n/useT.js';
import { useUi } from '../../ui/UiStoreContext.js';
import { EventForm } from '../EventForm.js';
import { formatEventDate } from '../formatDate.js';
import { useInlineForm } from '../forms/useInlineForm.js';
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
  const edit = useInlineForm(
    (fields: EventFields) => api.updateEvent(event.id, fields),
    (view) => onChanged(view),
  );
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
        {event.archivedAt === null && !edit.open && (
          <button type="button" onClick={edit.show}>
            {t('secretariat.event.edit')}
          </button>
        )}
      </div>
      {edit.open ? (
        <EventForm initial={event} submitLabel={t('secretariat.save')} {...edit.formProps} />
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
