import { PHASES } from '@tavolo/board';
import { memo, useId, type ReactNode } from 'react';
import { useT } from '../i18n/useT.js';
import { formatLateness } from '../time/formatDuration.js';
import type { AgendaStatus } from './behindAgenda.js';
import { sectionCounts, topItems } from './tableFigures.js';
import type { TableLive } from './TableMonitor.js';
import { TimerReadout } from './TimerReadout.js';
import { useSectionName } from './useSectionName.js';

const TOP_ITEMS = 3;

/** One table in the control room: phase, timer, people, contributions, top items, lateness. */
export const TableTile = memo(function TableTile({
  title,
  subtitle,
  live,
  agenda,
  serverNow,
  formatTime,
  children,
}: {
  title: string;
  subtitle: string;
  live: TableLive;
  agenda: AgendaStatus | null;
  serverNow: number;
  formatTime(ms: number): string;
  /** What the tile offers below its figures (the agenda editor). */
  children?: ReactNode;
}) {
  const t = useT();
  const sectionName = useSectionName();
  const headingId = useId();
  const board = live.board;
  const behind = agenda?.behind === true;
  return (
    <article
      className={`tile${behind ? ' tile-behind' : ''}`}
      aria-labelledby={headingId}
      data-table={live.tableId}
    >
      <header className="tile-head">
        <h2 id={headingId}>{title}</h2>
        {subtitle && <p className="tile-sub">{subtitle}</p>}
        <p className={`tile-conn tile-conn-${live.status}`}>
          <span className="dot" aria-hidden="true" />
          {t(`controlRoom.status.${live.status}`)}
        </p>
      </header>
      {behind && agenda && (
        <p className="tile-alert">
          <span aria-hidden="true">⚠ </span>
          {agenda.lateByMs > 0
            ? t('controlRoom.behind.late', { duration: formatLateness(agenda.lateByMs) })
            : t('controlRoom.behind.timer')}
        </p>
      )}
      {board ? (
        <>
          <div className="tile-row">
            <p className="tile-phase">
              <span className="tile-label">{t('controlRoom.phase')}</span>
              <strong>{t(`controlRoom.phase.${board.phase}`)}</strong>
              <span className="tile-step">
                {t('controlRoom.step', {
                  n: PHASES.indexOf(board.phase) + 1,
                  of: PHASES.length,
                })}
              </span>
            </p>
            <TimerReadout timer={board.timer} serverNow={serverNow} />
          </div>
          <PhaseSteps current={PHASES.indexOf(board.phase)} />
          <p className="tile-plan">
            {agenda?.plannedEnd != null
              ? t('controlRoom.plannedEnd', { time: formatTime(agenda.plannedEnd) })
              : t('controlRoom.noAgenda')}
          </p>
          <p className="tile-online">
            <strong>{t('controlRoom.online', { count: live.online })}</strong>
          </p>
          <h3 className="tile-h3">
            {t('controlRoom.contributions', { count: board.totals.cards })}
          </h3>
          <ul className="tile-sections">
            {sectionCounts(board).map((s) => (
              <li key={s.id}>
                <span>{sectionName(s.id, s.title)}</span>
                <span className="tile-count">{s.count}</span>
              </li>
            ))}
          </ul>
          <h3 className="tile-h3">{t('controlRoom.top')}</h3>
          <TopList board={board} />
          {children}
        </>
      ) : (
        <p className="tile-waiting">{t('controlRoom.waiting')}</p>
      )}
    </article>
  );
});

function TopList({ board }: { board: NonNullable<TableLive['board']> }) {
  const t = useT();
  const items = topItems(board, TOP_ITEMS);
  if (items.length === 0) return <p className="muted">{t('controlRoom.noVotes')}</p>;
  return (
    <ol className="tile-top">
      {items.map((item) => (
        <li key={item.id}>
          <span className="tile-top-text">{item.text}</span>
          <span className="tile-votes">{t('controlRoom.votes', { count: item.votes })}</span>
        </li>
      ))}
    </ol>
  );
}

/** The seven phases as a bar, filled up to the current one (the text says "3 of 7"). */
function PhaseSteps({ current }: { current: number }) {
  return (
    <div className="phase-steps" aria-hidden="true">
      {PHASES.map((phase, i) => (
        <span key={phase} className={i <= current ? 'done' : undefined} />
      ))}
    </div>
  );
}
