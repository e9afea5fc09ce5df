import type { BoardSnapshot } from '@tavolo/board';
import { useRef, type KeyboardEvent } from 'react';
import { PHONE_QUERY, useMediaQuery } from '../hooks/useMediaQuery.js';
import { useT } from '../i18n/useT.js';
import { useUi } from '../ui/UiStoreContext.js';
import { useConnection } from './ConnectionContext.js';
import { GroupingArea } from './grouping/GroupingArea.js';
import { SectionColumn } from './SectionColumn.js';
import { useSectionTitle } from './useSectionTitle.js';
import type { ViewerRights } from './viewerRights.js';

/** Sections side by side on a laptop; one at a time, behind tabs, on a phone. */
export function BoardSections({ board, rights }: { board: BoardSnapshot; rights: ViewerRights }) {
  const t = useT();
  const phone = useMediaQuery(PHONE_QUERY);
  if (board.sections.length === 0) return <p className="sections-none">{t('sections.none')}</p>;
  return (
    <GroupingArea runsTable={rights.runsTable} grouping={rights.grouping}>
      {phone ? (
        <PhoneSections board={board} rights={rights} />
      ) : (
        <div className="sections">
          {board.sections.map((section) => (
            <SectionColumn key={section.id} section={section} board={board} rights={rights} />
          ))}
        </div>
      )}
    </GroupingArea>
  );
}

function PhoneSections({ board, rights }: { board: BoardSnapshot; rights: ViewerRights }) {
  const t = useT();
  const connection = useConnection();
  const title = useSectionTitle();
  const chosen = useUi((s) => s.activeSection);
  const choose = useUi((s) => s.setActiveSection);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const tablist = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const active = board.sections.find((s) => s.id === chosen) ?? board.sections[0];
  if (!active) return null;

  const select = (index: number) => {
    const section = board.sections[index];
    if (!section) return;
    choose(section.id);
    connection.setSection(section.id);
    tabs.current[index]?.focus();
    // Scrolled down a long section, the tabs are stuck at the top: show the new section from
    // its heading (the page's scroll padding keeps it below the tabs), not from the middle.
    if ((tablist.current?.getBoundingClientRect().top ?? 1) <= 0) {
      panel.current?.scrollIntoView({ block: 'start' });
    }
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = board.sections.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    select(next);
  };

  return (
    <div className="phone-sections">
      <div ref={tablist} className="section-tabs" role="tablist" aria-label={t('board.sections')}>
        {board.sections.map((section, index) => {
          const selected = section.id === active.id;
          return (
            <button
              key={section.id}
              ref={(el) => {
                tabs.current[index] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${section.id}`}
              aria-selected={selected}
              aria-controls={`panel-${section.id}`}
              tabIndex={selected ? 0 : -1}
              className={`section-tab tab-${section.kind}`}
              onClick={() => select(index)}
              onKeyDown={(e) => onKeyDown(e, index)}
            >
              <span className="tab-title">{title(section)}</span>
              <span className="tab-count">{section.cards.length}</span>
            </button>
          );
        })}
      </div>
      <div
        ref={panel}
        role="tabpanel"
        id={`panel-${active.id}`}
        aria-labelledby={`tab-${active.id}`}
      >
        <SectionColumn section={active} board={board} rights={rights} />
      </div>
    </div>
  );
}
