import { useT } from '../i18n/useT.js';
import type { TableConnection } from '../sync/TableConnection.js';
import { usePresence } from '../sync/useTableConnection.js';

/** Who is at the table now. */
export function PresenceList({ connection }: { connection: TableConnection }) {
  const t = useT();
  const people = usePresence(connection);
  return (
    <section className="presence" aria-label={t('presence.title')}>
      <h2 className="visually-hidden">{t('presence.title')}</h2>
      <p className="presence-count">{t('presence.count', { count: people.length })}</p>
      <ul>
        {people.map((p) => (
          <li key={p.clientId} title={p.organisation}>
            <span className="avatar" aria-hidden="true">
              {initials(p.name)}
            </span>
            {p.isSelf ? t('presence.you', { name: p.name }) : p.name}
          </li>
        ))}
      </ul>
    </section>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
