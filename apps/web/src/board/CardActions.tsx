import { deleteCard, setSpotlight } from '@tavolo/board';
import { useState } from 'react';
import { useT } from '../i18n/useT.js';
import type { CardProps } from './CardProps.js';
import { useConnection } from './ConnectionContext.js';
import { BoardActionError, useBoardAction } from './useBoardAction.js';

/** Edit, delete and spotlight, as far as the viewer may. */
export function CardActions({
  card,
  board,
  rights,
  mine,
  onEdit,
}: CardProps & {
  mine: boolean;
  onEdit(): void;
}) {
  const t = useT();
  const connection = useConnection();
  const [confirming, setConfirming] = useState(false);
  const { act, error } = useBoardAction();
  const mayChange = rights.mayWrite && (mine || rights.runsTable);
  const spotlit = board.spotlight?.id === card.id;
  const short = card.text.length > 50 ? `${card.text.slice(0, 50)}…` : card.text;
  if (!mayChange && !rights.runsTable) return null;

  return (
    <div className="card-actions">
      {mayChange && (
        <button type="button" onClick={onEdit} aria-label={t('card.editNamed', { text: short })}>
          {t('card.edit')}
        </button>
      )}
      {mayChange && !confirming && (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          aria-label={t('card.deleteNamed', { text: short })}
        >
          {t('card.delete')}
        </button>
      )}
      {confirming && (
        <>
          <button
            type="button"
            className="danger"
            autoFocus
            onClick={() => act(() => connection.run((doc, a) => deleteCard(doc, a, card.id)))}
          >
            {t('card.confirmDelete')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('card.cancel')}
          </button>
        </>
      )}
      {rights.runsTable && !rights.hideOthers && (
        <button
          type="button"
          aria-pressed={spotlit}
          aria-label={t(spotlit ? 'spotlight.clearNamed' : 'spotlight.setNamed', { text: short })}
          onClick={() =>
            act(() =>
              connection.run((doc, a) =>
                setSpotlight(doc, a, spotlit ? null : { kind: 'card', id: card.id }),
              ),
            )
          }
        >
          {t(spotlit ? 'spotlight.clear' : 'spotlight.set')}
        </button>
      )}
      <BoardActionError error={error} />
    </div>
  );
}
