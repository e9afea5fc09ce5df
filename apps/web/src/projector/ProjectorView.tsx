import { ConnectionProvider } from '../board/ConnectionContext.js';
import type { Identity } from '../identity/identity.js';
import { useT } from '../i18n/useT.js';
import { useTableConnection } from '../sync/useTableConnection.js';
import { ProjectorScreen } from './ProjectorScreen.js';

/** The wall: the table's connection, not announced among the people at the table. */
export function ProjectorView({ tableId, identity }: { tableId: string; identity: Identity }) {
  const t = useT();
  const connection = useTableConnection(tableId, identity, { announce: false });
  if (!connection) return <p className="loading">{t('board.loading')}</p>;
  return (
    <ConnectionProvider connection={connection}>
      <ProjectorScreen connection={connection} tableId={tableId} token={identity.token} />
    </ConnectionProvider>
  );
}
