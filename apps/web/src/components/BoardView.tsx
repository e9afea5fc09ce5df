import type { Identity } from '../identity/identity.js';
import { useT } from '../i18n/useT.js';
import type { TableConnection } from '../sync/TableConnection.js';
import { useBoard, useConnectionStatus, useTableConnection } from '../sync/useTableConnection.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { PresenceList } from './PresenceList.js';
import { SectionColumn } from './SectionColumn.js';

/** The live board of one table. */
export function BoardView({ tableId, identity }: { tableId: string; identity: Identity }) {
  const t = useT();
  const connection = useTableConnection(tableId, identity);
  if (!connection) return <p className="loading">{t('board.loading')}</p>;
  return <LiveBoard connection={connection} />;
}

function LiveBoard({ connection }: { connection: TableConnection }) {
  const t = useT();
  const board = useBoard(connection);
  const status = useConnectionStatus(connection);
  if (status === 'notFound') {
    return (
      <main className="page">
        <p role="alert">{t('board.notFound')}</p>
      </main>
    );
  }
  return (
    <div className="page board-page">
      <header className="topbar">
        <div>
          <p className="brand-small">{t('app.name')}</p>
          <h1 className="table-title">{board.title || t('board.loading')}</h1>
        </div>
        <div className="topbar-tools">
          <ConnectionBadge status={status} />
          <LanguageSwitch />
        </div>
      </header>
      <PresenceList connection={connection} />
      <main className="sections">
        {board.sections.map((section) => (
          <SectionColumn key={section.id} section={section} connection={connection} />
        ))}
      </main>
    </div>
  );
}
