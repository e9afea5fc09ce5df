import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';
import type { ConnectionStatus } from '../sync/TableConnection.js';

const LABEL: Record<Exclude<ConnectionStatus, 'notFound'>, MessageKey> = {
  live: 'connection.connected',
  connecting: 'connection.connecting',
  offline: 'connection.offline',
};

/** Always-visible sync state, announced politely to screen readers when it changes. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const t = useT();
  if (status === 'notFound') return null;
  return (
    <p className={`connection connection-${status}`} role="status" data-status={status}>
      <span className="dot" aria-hidden="true" />
      {t(LABEL[status])}
    </p>
  );
}
