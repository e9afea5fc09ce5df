import { useT } from '../i18n/useT.js';
import { usePresence } from '../sync/useTableConnection.js';
import { Avatar } from './Avatar.js';
import { useConnection } from './ConnectionContext.js';

/** The others who are writing in a section right now. */
export function SectionWriters({ sectionId }: { sectionId: string }) {
  const t = useT();
  const writers = usePresence(useConnection()).filter(
    (p) => !p.isSelf && p.section === sectionId && p.editing !== null,
  );
  if (writers.length === 0) return null;
  return (
    <p className="section-writers">
      {writers.slice(0, 4).map((p) => (
        <Avatar key={p.clientId} name={p.name} colour={p.colour} />
      ))}
      <span>{t('section.writers', { count: writers.length })}</span>
    </p>
  );
}
