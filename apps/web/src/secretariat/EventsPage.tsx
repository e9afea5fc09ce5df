import { useQuery } from '@tanstack/react-query';
import { useT } from '../i18n/useT.js';
import { useUi } from '../ui/UiStoreContext.js';
import { formatEventDate } from './formatDate.js';
import { Link } from './navigation.js';
import { retryUnlessRefused } from './SecretariatApi.js';
import { useSecretariat } from './SecretariatContext.js';
import { SecretariatLayout } from './SecretariatLayout.js';
import './event/event.css';

/** /segreteria: every event, newest first. */
export function EventsPage() {
  const t = useT();
  const language = useUi((s) => s.language);
  const { api } = useSecretariat();
  const events = useQuery({
    queryKey: ['secretariat', 'events'],
    queryFn: () => api.listEvents(),
    retry: retryUnlessRefused,
  });
  return (
    <SecretariatLayout
      title={t('secretariat.events.title')}
      actions={
        <Link className="button primary" to="/segreteria/nuovo-evento">
          {t('secretariat.events.new')}
        </Link>
      }
    >
      {events.isPending && <p role="status">{t('secretariat.loading')}</p>}
      {events.isError && (
        <p role="alert" className="form-problem">
          {t('secretariat.loadFailed')}
        </p>
      )}
      {events.data?.length === 0 && <p className="panel">{t('secretariat.events.empty')}</p>}
      <ul className="event-list">
        {events.data?.map((event) => (
          <li key={event.id} className="event-item">
            <div className="event-item-main">
              <h2>
                <Link to={`/segreteria/eventi/${event.id}`}>{event.title}</Link>
              </h2>
              <p className="muted">
                {formatEventDate(event.date, language)} · {event.startTime}
                {event.place && ` · ${event.place}`}
              </p>
            </div>
            <div className="event-item-side">
              <span className="pill">
                {t('secretariat.events.tables', { count: event.tables })}
              </span>
              {event.archivedAt !== null && (
                <span className="pill pill-archived">{t('secretariat.event.archived')}</span>
              )}
              {event.archivedAt === null && event.tables > 0 && (
                <Link
                  to={`/segreteria/eventi/${event.id}/regia`}
                  aria-label={t('secretariat.events.controlRoomOf', { title: event.title })}
                >
                  {t('secretariat.event.controlRoom')}
                </Link>
              )}
            </div>
          </li>
        ))}
      </ul>
    </SecretariatLayout>
  );
}
