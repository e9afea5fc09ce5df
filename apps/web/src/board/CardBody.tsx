import { useState } from 'react';
import { useT } from '../i18n/useT.js';
import { CardComments } from './CardComments.js';
import { CardFieldsView } from './CardFieldsView.js';
import { CardMenu, ConfirmDelete } from './CardMenu.js';
import type { CardProps } from './CardProps.js';
import { useConnection } from './ConnectionContext.js';
import type { CardDragBinding } from './grouping/dragKit.js';
import { MergePicker } from './MergePicker.js';
import { shorten } from './shorten.js';
import { BoardActionError, useBoardAction } from './useBoardAction.js';
import { VoteControls } from './VoteControls.js';

/**
 * What a card shows: its text and actions menu on top, its key typed values, the author line,
 * and, while voting, the viewer's dots. Deleting asks for a confirmation and merging for the
 * other card right on the card, only once chosen from the menu.
 */
export function CardBody({
  card,
  board,
  rights,
  editingBy,
  onEdit,
  drag,
}: CardProps & { editingBy: string; onEdit(): void; drag: CardDragBinding | null }) {
  const t = useT();
  const connection = useConnection();
  const [asking, setAsking] = useState<'delete' | 'merge' | null>(null);
  const { act, error } = useBoardAction();
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
  const classes = [
    'card',
    `card-${card.kind}`,
    spotlit && 'spotlit',
    mine && 'mine',
    drag && 'draggable',
    drag?.dragging && 'dragging',
  ];

  const { attachNode, nodeProps } = drag ?? NOT_DRAGGED;
  return (
    <li
      ref={attachNode}
      {...nodeProps}
      className={classes.filter(Boolean).join(' ')}
      data-card-id={card.id}
      data-spotlight-id={card.id}
      aria-current={spotlit ? 'true' : undefined}
    >
      {spotlit && <p className="spotlight-tag">{t('spotlight.on')}</p>}
      <div className="card-top">
        {drag && (
          <DragHandle
            attach={drag.attachHandle}
            props={drag.handleProps}
            label={t('drag.handle', { text: shorten(card.text, 50) })}
          />
        )}
        <p className="card-text">{card.text}</p>
        <CardMenu
          card={card}
          board={board}
          rights={rights}
          mine={mine}
          onEdit={onEdit}
          onDelete={() => setAsking('delete')}
          onMerge={() => setAsking('merge')}
          act={act}
        />
      </div>
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
      {rights.votingOpen && (
        <VoteControls target={card.id} kind="card" label={card.text} board={board} />
      )}
      {asking === 'delete' && (
        <ConfirmDelete cardId={card.id} act={act} onCancel={() => setAsking(null)} />
      )}
      {asking === 'merge' && (
        <MergePicker card={card} board={board} act={act} onDone={() => setAsking(null)} />
      )}
      <BoardActionError error={error} />
      <CardComments card={card} rights={rights} />
    </li>
  );
}

const NOT_DRAGGED = { attachNode: undefined, nodeProps: {} };

/** The grip a keyboard (Space, Enter) or a screen reader picks a card up with. */
function DragHandle({
  attach,
  props,
  label,
}: {
  attach: CardDragBinding['attachHandle'];
  props: CardDragBinding['handleProps'];
  label: string;
}) {
  return (
    <button ref={attach} {...props} type="button" className="drag-handle" aria-label={label}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
