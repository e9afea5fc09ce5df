import {
  deleteGroup,
  moveCardToGroup,
  renameGroup,
  setSpotlight,
  type BoardSnapshot,
  type Card,
  type Group,
} from '@tavolo/board';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { CardView } from './CardView.js';
import { useConnection } from './ConnectionContext.js';
import { useDropZone } from './useCardDrag.js';
import type { ViewerRights } from './viewerRights.js';
import { VoteControls } from './VoteControls.js';

/** A group of cards under its heading; a drop target while grouping. */
export function GroupView({
  group,
  cards,
  board,
  rights,
}: {
  group: Group;
  cards: readonly Card[];
  board: BoardSnapshot;
  rights: ViewerRights;
}) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const [heading, setHeading] = useState<string | null>(null);
  const drop = useDropZone(rights.grouping, (cardId) =>
    connection.run((doc, a) => moveCardToGroup(doc, a, cardId, group.id)),
  );
  const spotlit = board.spotlight?.id === group.id;
  const headingId = `${id}-heading`;

  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (heading === null || heading.trim() === '') return;
    connection.run((doc, a) => renameGroup(doc, a, group.id, heading));
    setHeading(null);
  };

  return (
    <section
      className={`group${spotlit ? ' spotlit' : ''}${drop.over ? ' drop-over' : ''}${rights.grouping ? ' drop-zone' : ''}`}
      aria-labelledby={headingId}
      data-group-id={group.id}
      data-spotlight-id={group.id}
      aria-current={spotlit ? 'true' : undefined}
      {...drop.props}
    >
      <header className="group-header">
        {heading === null ? (
          <h3 id={headingId}>{group.heading}</h3>
        ) : (
          <form onSubmit={rename} className="inline-form">
            <label htmlFor={`${id}-rename`} className="visually-hidden">
              {t('group.heading')}
            </label>
            <input
              id={`${id}-rename`}
              value={heading}
              autoFocus
              onChange={(e) => setHeading(e.target.value)}
            />
            <button type="submit">{t('card.save')}</button>
            <h3 id={headingId} className="visually-hidden">
              {group.heading}
            </h3>
          </form>
        )}
        {rights.totalsVisible && (
          <span className="vote-total" data-votes={group.votes}>
            {t('vote.total', { count: group.votes })}
          </span>
        )}
      </header>
      {spotlit && <p className="spotlight-tag">{t('spotlight.on')}</p>}
      <ul className="cards" aria-label={t('group.cards', { heading: group.heading })}>
        {cards.map((card) => (
          <CardView key={card.id} card={card} board={board} rights={rights} />
        ))}
      </ul>
      {rights.grouping && cards.length === 0 && <p className="hint">{t('group.dropHere')}</p>}
      {rights.votingOpen && <VoteControls target={group.id} label={group.heading} board={board} />}
      {rights.runsTable && rights.mayWrite && (
        <div className="card-actions">
          {rights.grouping && heading === null && (
            <button type="button" onClick={() => setHeading(group.heading)}>
              {t('group.rename')}
            </button>
          )}
          {rights.grouping && (
            <button
              type="button"
              onClick={() => connection.run((doc, a) => deleteGroup(doc, a, group.id))}
            >
              {t('group.delete')}
            </button>
          )}
          <button
            type="button"
            aria-pressed={spotlit}
            aria-label={t(spotlit ? 'spotlight.clearNamed' : 'spotlight.setNamed', {
              text: group.heading,
            })}
            onClick={() =>
              connection.run((doc, a) =>
                setSpotlight(doc, a, spotlit ? null : { kind: 'group', id: group.id }),
              )
            }
          >
            {t(spotlit ? 'spotlight.clear' : 'spotlight.set')}
          </button>
        </div>
      )}
    </section>
  );
}
