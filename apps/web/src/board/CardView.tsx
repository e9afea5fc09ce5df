import { memo, useState } from 'react';
import { useT } from '../i18n/useT.js';
import { usePresence } from '../sync/useTableConnection.js';
import { CardActions } from './CardActions.js';
import { CardEditor } from './CardEditor.js';
import { CardFieldsView } from './CardFieldsView.js';
import { CardModeration } from './CardModeration.js';
import type { CardProps } from './CardProps.js';
import { useConnection } from './ConnectionContext.js';
import { cardDragProps } from './useCardDrag.js';
import { VoteControls } from './VoteControls.js';

/** One card; memoised, so it re-renders only when its snapshot object (or the phase) changes. */
export const CardView = memo(function CardView({ card, board, rights }: CardProps) {
  const t = useT();
  const connection = useConnection();
  const [editing, setEditing] = useState(false);
  const others = usePresence(connection).filter((p) => !p.isSelf && p.editing === card.id);
  const spotlit = board.spotlight?.id === card.id;
  const mine = card.authorId === connection.actor.id;

  if (editing && rights.mayWrite) {
    return (
      <li className="card editing" data-card-id={card.id}>
        <CardEditor
          kind={card.kind}
          sectionId={card.section}
          board={board}
          card={card}
          onDone={() => {
            connection.setEditing(null);
            setEditing(false);
          }}
        />
      </li>
    );
  }

  const author =
    !board.anonymous || mine || rights.runsTable
      ? t('card.by', { name: card.authorName, organisation: card.organisation })
      : board.showOrganisations && card.organisation
        ? t('card.byOrganisation', { organisation: card.organisation })
        : t('card.anonymous');
  return (
    <li
      className={`card card-${card.kind}${spotlit ? ' spotlit' : ''}${mine ? ' mine' : ''}`}
      data-card-id={card.id}
      data-spotlight-id={card.id}
      aria-current={spotlit ? 'true' : undefined}
      {...cardDragProps(rights.grouping, card.id)}
    >
      {spotlit && <p className="spotlight-tag">{t('spotlight.on')}</p>}
      <p className="card-text">{card.text}</p>
      <CardFieldsView card={card} board={board} />
      {card.merged.length > 0 && (
        <details className="merged">
          <summary>{t('card.mergedCount', { count: card.merged.length })}</summary>
          <ul>
            {card.merged.map((m) => (
              <li key={m.id}>{m.text}</li>
            ))}
          </ul>
        </details>
      )}
      {others.length > 0 && (
        <p className="card-editing-by">
          {t('card.editingBy', { name: others.map((p) => p.name).join(', ') })}
        </p>
      )}
      <div className="card-footer">
        <span className="card-author">{author}</span>
        {rights.totalsVisible && (
          <span className="vote-total" data-votes={card.votes}>
            {t('vote.total', { count: card.votes })}
          </span>
        )}
      </div>
      {rights.votingOpen && <VoteControls target={card.id} label={card.text} board={board} />}
      <CardActions
        card={card}
        board={board}
        rights={rights}
        mine={mine}
        onEdit={() => {
          connection.setEditing(card.id);
          connection.setSection(card.section);
          setEditing(true);
        }}
      />
      {rights.runsTable && rights.mayWrite && (
        <CardModeration card={card} board={board} rights={rights} />
      )}
    </li>
  );
});
