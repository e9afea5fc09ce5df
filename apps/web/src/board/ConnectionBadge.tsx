import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';
import type { ConnectionStatus } from '../sync/TableConnection.js';
import { useSyncState } from '../sync/useTableConnection.js';
import { useConnection } from './ConnectionContext.js';

const LABEL: Record<Exclude<ConnectionStatus, 'notFound' | 'ended'>, MessageKey> = {
  live: 'connection.connected',
  connecting: 'connection.connecting',
  reconnecting: 'connection.reconnecting',
  offline: 'connection.offline',
};

/** Always-visible sync state with the changes still waiting for the server. */
export function ConnectionBadge() {
  const t = useT();
  const { status, pending } = useSyncState(useConnection());
  if (status === 'notFound' || status === 'ended') return null;
  return (
    <p className={`connection connection-${status}`} role="status" data-status={status}>
      <span className="dot" aria-hidden="true" />
      <span>{t(LABEL[status])}</span>
      {pending > 0 && (
        <span className="connection-pending" data-pending={pending}>
          {t('connection.pending', { count: pending })}
        </span>
      )}
    </p>
  );
}
