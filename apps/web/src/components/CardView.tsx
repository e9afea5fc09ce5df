import { editCardText, MAX_CARD_TEXT, runsTable, type Card } from '@tavolo/board';
import { memo, useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';
import type { TableConnection } from '../sync/TableConnection.js';
import { cardErrorMessage } from './cardErrorMessage.js';

/** One card; memoised, so it re-renders only when its snapshot object changes. */
export const CardView = memo(function CardView({
  card,
  connection,
}: {
  card: Card;
  connection: TableConnection;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const mayEdit = card.authorId === connection.actor.id || runsTable(connection.actor.role);

  function save(event: FormEvent) {
    event.preventDefault();
    if (draft === null) return;
    try {
      editCardText(connection.doc, connection.actor, card.id, draft);
      setDraft(null);
      setError(null);
    } catch (err) {
      setError(cardErrorMessage(err));
    }
  }

  if (draft !== null) {
    return (
      <li className="card editing">
        <form onSubmit={save}>
          <label htmlFor={id} className="visually-hidden">
            {t('card.editLabel')}
          </label>
          <textarea
            id={id}
            value={draft}
            rows={3}
            maxLength={MAX_CARD_TEXT}
            autoFocus
            aria-invalid={error !== null}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
          />
          {error && (
            <p className="field-error" role="alert">
              {t(error)}
            </p>
          )}
          <div className="card-actions">
            <button type="submit" className="primary">
              {t('card.save')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('card.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="card" data-card-id={card.id}>
      <p className="card-text">{card.text}</p>
      <div className="card-footer">
        <span className="card-author">
          {t('card.by', { name: card.authorName, organisation: card.organisation })}
        </span>
        {mayEdit && (
          <button
            type="button"
            className="link"
            onClick={() => {
              setError(null);
              setDraft(card.text);
            }}
            aria-label={`${t('card.edit')}: ${card.text.slice(0, 60)}`}
          >
            {t('card.edit')}
          </button>
        )}
      </div>
    </li>
  );
});
