import type { BoardSnapshot } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { participantsOnline } from '../sync/participantsOnline.js';
import { usePresence } from '../sync/useTableConnection.js';
import { useConnection } from './ConnectionContext.js';
import { Avatar } from './Avatar.js';
import { usePersonName } from './usePersonName.js';
import { useSectionTitle } from './useSectionTitle.js';

/** Who is at the table now, and where each is writing. */
export function PresenceList({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const connection = useConnection();
  const people = usePresence(connection);
  const count = participantsOnline(people);
  const alone = people.every((p) => p.isSelf || p.id === connection.actor.id);
  const sectionTitle = useSectionTitle();
  const nameOf = usePersonName();
  const titleOf = (id: string | null) => {
    const section = board.sections.find((s) => s.id === id);
    return section ? sectionTitle(section) : null;
  };
  return (
    <section className="presence" aria-label={t('presence.title')}>
      <h2 className="visually-hidden">{t('presence.title')}</h2>
      <p className="presence-count">
        {count > 0
          ? t('presence.participants', { count })
          : t(alone ? 'presence.alone' : 'presence.noParticipants')}
      </p>
      <ul>
        {people.map((p) => {
          const where = titleOf(p.section);
          const writing = p.editing !== null;
          const name = nameOf(p);
          return (
            <li key={p.clientId} title={p.organisation || undefined} data-person={p.id}>
              <Avatar name={p.name} colour={p.colour} />
              <span className="presence-name">{p.isSelf ? t('presence.you', { name }) : name}</span>
              {where && (
                <span className="presence-where">
                  {t(writing ? 'presence.writingIn' : 'presence.in', { section: where })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
