import type { BoardSnapshot, Section } from '@tavolo/board';
import { memo } from 'react';
import { useT } from '../i18n/useT.js';
import { useUi } from '../ui/UiStoreContext.js';
import { CardComposer } from './CardComposer.js';
import { useConnection } from './ConnectionContext.js';
import { filterSection } from './filterSection.js';
import { GroupView } from './GroupView.js';
import { UngroupedCards } from './UngroupedCards.js';
import { NewGroupForm } from './NewGroupForm.js';
import { SectionWriters } from './SectionWriters.js';
import { useSectionTitle } from './useSectionTitle.js';
import { useRoomStatus } from '../sync/useTableConnection.js';
import type { ViewerRights } from './viewerRights.js';
import { VoteBudget } from './VoteBudget.js';

/** One section of the board: its groups and cards, and a composer for new ones. */
export const SectionColumn = memo(function SectionColumn({
  section,
  board,
  rights,
}: {
  section: Section;
  board: BoardSnapshot;
  rights: ViewerRights;
}) {
  const t = useT();
  const connection = useConnection();
  const filters = useUi((s) => s.filters);
  const title = useSectionTitle()(section);
  // During silent writing the server does not even send others' cards: it says how many.
  const withheld = useRoomStatus(connection).withheld[section.id] ?? 0;
  const visible = filterSection(section, filters, {
    hideOthers: rights.hideOthers,
    viewerId: connection.actor.id,
    byVotes: rights.totalsVisible && filters.sort === 'votes',
    withheld,
  });
  const headingId = `section-${section.id}`;
  const shown = visible.cards.length + visible.groups.reduce((n, g) => n + g.cards.length, 0);

  return (
    <section
      className={`section section-${section.kind}`}
      aria-labelledby={headingId}
      data-section={section.id}
    >
      <header className="section-header">
        <h2 id={headingId}>{title}</h2>
        <span className="section-count">
          {t('section.count', { count: section.cards.length + withheld })}
        </span>
        <SectionWriters sectionId={section.id} />
      </header>
      {rights.votingOpen && <VoteBudget board={board} section={section} />}
      {/* At the top, where it is found on a long board; cards can be dropped on it too. */}
      {rights.grouping && <NewGroupForm section={section} sectionTitle={title} />}
      {visible.hidden > 0 && (
        <p className="hidden-notice" data-hidden={visible.hidden}>
          <span aria-hidden="true">✎ </span>
          {t('silent.hidden', { count: visible.hidden })}
        </p>
      )}
      {visible.groups.map(({ group, cards }) => (
        <GroupView key={group.id} group={group} cards={cards} board={board} rights={rights} />
      ))}
      <UngroupedCards
        section={section}
        title={title}
        cards={visible.cards}
        board={board}
        rights={rights}
      />
      {shown === 0 && visible.filteredOut > 0 && <p className="hint">{t('filter.noMatch')}</p>}
      {shown === 0 && visible.filteredOut === 0 && visible.hidden === 0 && (
        <p className="hint empty-section">{t('section.empty')}</p>
      )}
      {rights.mayWrite && <CardComposer section={section} sectionTitle={title} board={board} />}
    </section>
  );
});
