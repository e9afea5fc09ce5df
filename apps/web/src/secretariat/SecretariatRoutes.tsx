import { ControlRoomPage } from '../controlRoom/ControlRoomPage.js';
import { useT } from '../i18n/useT.js';
import { EventPage } from './EventPage.js';
import { EventsPage } from './EventsPage.js';
import { Link } from './navigation.js';
import { NewEventPage } from './NewEventPage.js';
import { PrintSheet } from './print/PrintSheet.js';
import { SecretariatLayout } from './SecretariatLayout.js';

const EVENT_PATH = /^\/segreteria\/eventi\/([a-z0-9][a-z0-9-]{0,79})(?:\/(stampa|regia))?\/?$/;

/** Picks the secretariat page for a path under /segreteria. */
export function SecretariatRoutes({ path }: { path: string }) {
  const t = useT();
  if (/^\/segreteria\/?$/.test(path)) return <EventsPage />;
  if (/^\/segreteria\/nuovo-evento\/?$/.test(path)) return <NewEventPage />;
  const event = EVENT_PATH.exec(path);
  if (event?.[1]) {
    if (event[2] === 'stampa') return <PrintSheet eventId={event[1]} />;
    if (event[2] === 'regia') return <ControlRoomPage eventId={event[1]} />;
    return <EventPage eventId={event[1]} />;
  }
  return (
    <SecretariatLayout title={t('secretariat.notFound')}>
      <p>
        <Link to="/segreteria">{t('secretariat.backToEvents')}</Link>
      </p>
    </SecretariatLayout>
  );
}
