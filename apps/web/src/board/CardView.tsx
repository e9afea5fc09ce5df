import { memo, useCallback, useState } from 'react';
import { useT } from '../i18n/useT.js';
import { usePresence } from '../sync/useTableConnection.js';
import { CardActions } from './CardActions.js';
import { CardEditor } from './CardEditor.js';
import { CardFieldsView } from './CardFieldsView.js';
import { CardModeration } from './CardModeration.js';
import type { CardProps } from './CardProps.js';
import { useConnection } from './ConnectionContext.js';
import { cardDragProps } from './useCardDrag.js';
import { usePersonName } from './usePersonName.js';
import type { ViewerRights } from './viewerRights.js';
import { VoteControls } from './VoteControls.js';

/** One card: its editor while the viewer edits it, else its face (CardFace). */
export const CardView = memo(function CardView({ card, board, rights }: CardProps) {
  const connection = useConnection();
  const [editing, setEditing] = useState(false);
  const nameOf = usePersonName();
  const editingBy = usePresence(connection)
    .filter((p) => !p.isSelf && p.editing === card.id)
    .map(nameOf)
    .join(', ');
  const onEdit = useCallback(() => {
    connection.setEditing(card.id);
    connection.setSection(card.section);
    setEditing(true);
  }, [connection, card.id, card.section]);

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
  return (
    <CardFace card={card} board={board} rights={rights} editingBy={editingBy} onEdit={onEdit} />
  );
});

interface CardFaceProps extends CardProps {
  /** Names of the others editing this card now, or ''. */
  readonly editingBy: string;
  onEdit(): void;
}

/**
 * A card as read. Every change to the board makes a new snapshot, so comparing `board` would
 * redraw all cards on every edit (50 ms for 500 cards on a laptop, far more on a phone): a card
 * is redrawn only when its own snapshot, the viewer's rights or what it shows of the board
 * change. Controls that list other cards or votes (moderation, voting, a proposal's answered
 * needs) still follow every change.
 */
const CardFace = memo(function CardFace({ card, board, rights, editingBy, onEdit }: CardFaceProps) {
  const t = useT();
  const connection = useConnection();
  const spotlit = board.spotlight?.id === card.id;
  const mine = card.authorId === connection.actor.id;
  // The directory the server sent decides what this device knows of the author: name and
  // organisation, one of them, or neither (an anonymous table).
  const { authorName: name, organisation } = card;
  const author = name
    ? organisation
      ? t('card.by', { name, organisation })
      : t('card.byName', { name })
    : organisation
      ? t('card.byOrganisation', { organisation })
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
      {editingBy && <p className="card-editing-by">{t('card.editingBy', { name: editingBy })}</p>}
      <div className="card-footer">
        <span className="card-author">{author}</span>
        {rights.totalsVisible && (
          <span className="vote-total" data-votes={card.votes}>
            {t('vote.total', { count: card.votes })}
          </span>
        )}
      </div>
      {rights.votingOpen && <VoteControls target={card.id} label={card.text} board={board} />}
      <CardActions card={card} board={board} rights={rights} mine={mine} onEdit={onEdit} />
      {rights.runsTable && rights.mayWrite && (
        <CardModeration card={card} board={board} rights={rights} />
      )}
    </li>
  );
}, sameFace);

function sameFace(a: CardFaceProps, b: CardFaceProps): boolean {
  if (a.card !== b.card || a.editingBy !== b.editingBy || a.onEdit !== b.onEdit) return false;
  if (!sameRights(a.rights, b.rights)) return false;
  if (a.board === b.board) return true;
  const { card, rights } = b;
  // These read other cards or the votes: any change to the board may change them.
  if (rights.runsTable || rights.votingOpen) return false;
  if (card.kind === 'proposal' && card.answers.length > 0) return false;
  return (a.board.spotlight?.id === card.id) === (b.board.spotlight?.id === card.id);
}

function sameRights(a: ViewerRights, b: ViewerRights): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as (keyof ViewerRights)[]) if (a[key] !== b[key]) return false;
  return true;
}
