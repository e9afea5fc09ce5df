import { useState } from 'react';
import { ApiError } from '../api/ApiError.js';
import { useT } from '../i18n/useT.js';
import { useUi } from '../ui/UiStoreContext.js';
import { DangerZone } from './event/DangerZone.js';
import { EventDetails } from './event/EventDetails.js';
import { PaperDownload } from './event/PaperDownload.js';
import { formatEventDate, formatMoment } from './formatDate.js';
import { Link } from './navigation.js';
import { SecretariatLayout } from './SecretariatLayout.js';
import { TablesSection } from './tables/TablesSection.js';
import { useEvent, useEventUpdater } from './useEvent.js';
import './event/event.css';

/** /segreteria/eventi/<id>: an event, its tables and invitations, its paper, archive and delete. */
export function EventPage({ eventId }: { eventId: string }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const event = useEvent(eventId);
  const onChanged = useEventUpdater(eventId);
  // Invitations are judged valid against the time the page opened; a reload refreshes it.
  const [openedAt] = useState(() => Date.now());
  const back = { to: '/segreteria', label: t('secretariat.events.title') };

  if (!event.data) {
    const missing = event.error instanceof ApiError && event.error.status === 404;
    return (
      <SecretariatLayout
        title={missing ? t('problem.unknownEvent') : t('secretariat.event.loadingTitle')}
        back={back}
      >
        {event.isPending && <p role="status">{t('secretariat.loading')}</p>}
        {event.isError && !missing && (
          <p role="alert" className="form-problem">
            {t('secretariat.loadFailed')}
          </p>
        )}
      </SecretariatLayout>
    );
  }

  const view = event.data;
  const archived = view.archivedAt !== null;
  return (
    <SecretariatLayout
      title={view.title}
      back={back}
      subtitle={
        <p className="muted">
          {formatEventDate(view.date, language)} · {view.startTime}
          {view.place && ` · ${view.place}`}
          {view.organiser && ` · ${view.organiser}`}
        </p>
      }
      actions={
        <>
          {!archived && view.tables.length > 0 && (
            <Link className="button primary" to={`/segreteria/eventi/${view.id}/regia`}>
              {t('secretariat.event.controlRoom')}
            </Link>
          )}
          {!archived && view.tables.length > 0 && (
            <Link className="button" to={`/segreteria/eventi/${view.id}/stampa`}>
              {t('secretariat.event.print')}
            </Link>
          )}
        </>
      }
    >
      {archived && (
        <p className="banner banner-archived" role="note">
          <strong>{t('secretariat.event.archived')}</strong>{' '}
          {t('secretariat.event.archivedOn', { date: formatMoment(view.archivedAt!, language) })}
        </p>
      )}
      <div className="event-grid">
        <div className="event-grid-main">
          <TablesSection event={view} now={openedAt} onChanged={onChanged} />
        </div>
        <aside className="event-grid-side">
          <EventDetails event={view} onChanged={onChanged} />
          <PaperDownload event={view} />
          <DangerZone event={view} onChanged={onChanged} />
        </aside>
      </div>
    </SecretariatLayout>
  );
}
