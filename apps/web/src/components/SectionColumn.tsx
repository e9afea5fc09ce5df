import type { Section } from '@tavolo/board';
import { isMessageKey } from '../i18n/translate.js';
import { useT } from '../i18n/useT.js';
import type { TableConnection } from '../sync/TableConnection.js';
import { CardComposer } from './CardComposer.js';
import { CardView } from './CardView.js';

/** One section of the board with its cards and a composer for new ones. */
export function SectionColumn({
  section,
  connection,
}: {
  section: Section;
  connection: TableConnection;
}) {
  const t = useT();
  const key = `section.${section.id}`;
  const title = section.title ?? (isMessageKey(key) ? t(key) : section.id);
  const headingId = `section-${section.id}`;
  return (
    <section className={`section section-${section.kind}`} aria-labelledby={headingId}>
      <header className="section-header">
        <h2 id={headingId}>{title}</h2>
        <span className="section-count">{t('section.count', { count: section.cards.length })}</span>
      </header>
      <ul className="cards">
        {section.cards.map((card) => (
          <CardView key={card.id} card={card} connection={connection} />
        ))}
      </ul>
      <CardComposer sectionId={section.id} sectionTitle={title} connection={connection} />
    </section>
  );
}
