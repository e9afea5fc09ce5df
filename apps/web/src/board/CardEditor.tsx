import {
  addCard,
  BoardError,
  KIND_FIELDS,
  MAX_CARD_TEXT,
  updateCard,
  type BoardSnapshot,
  type Card,
  type CardKind,
} from '@tavolo/board';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';
import { cardErrorMessage } from './cardErrorMessage.js';
import { draftOf, EMPTY_DRAFT, patchOf, type CardDraft } from './cardDraft.js';
import { useConnection } from './ConnectionContext.js';
import { TypedFields } from './TypedFields.js';

/** The form that adds a card to a section (no `card`) or edits one, with its kind's fields. */
export function CardEditor({
  kind,
  sectionId,
  sectionTitle,
  board,
  card,
  onDone,
}: {
  kind: CardKind;
  sectionId: string;
  sectionTitle?: string;
  board: BoardSnapshot;
  card?: Card;
  onDone?(): void;
}) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const [draft, setDraft] = useState<CardDraft>(() => (card ? draftOf(card) : EMPTY_DRAFT));
  const [error, setError] = useState<{ key: MessageKey; field: string | null } | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(card !== undefined);
  const hasFields = KIND_FIELDS[kind].length > 0;
  const textLabel = card ? t(`text.${kind}`) : t('card.new', { section: sectionTitle ?? '' });

  function submit(event?: FormEvent) {
    event?.preventDefault();
    try {
      const patch = patchOf(kind, draft);
      if (card) connection.run((doc, a) => updateCard(doc, a, card.id, patch));
      else {
        const { text, ...fields } = patch;
        connection.run((doc, a) =>
          addCard(doc, a, { section: sectionId, text: String(text), fields }),
        );
        setDraft(EMPTY_DRAFT);
        setDetailsOpen(false);
      }
      setError(null);
      onDone?.();
    } catch (err) {
      const field = err instanceof BoardError ? (err.field ?? null) : null;
      setError({ key: cardErrorMessage(err), field });
      if (field && field !== 'text') setDetailsOpen(true);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
    if (event.key === 'Escape' && card) onDone?.();
  }

  const textError = error && (error.field === null || error.field === 'text');
  return (
    <form
      className={card ? 'card-form' : 'composer'}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onFocus={() => {
        connection.setSection(sectionId);
        if (!card) connection.setEditing(null);
      }}
      noValidate
    >
      <label htmlFor={`${id}-text`} className={card ? undefined : 'visually-hidden'}>
        {textLabel}
      </label>
      <textarea
        id={`${id}-text`}
        value={draft.text}
        rows={card ? 3 : 2}
        maxLength={MAX_CARD_TEXT}
        placeholder={card ? undefined : t(`placeholder.${kind}`)}
        autoFocus={card !== undefined}
        aria-invalid={textError ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => setDraft({ ...draft, text: e.target.value })}
      />
      {hasFields && (
        <details
          className="card-details"
          open={detailsOpen}
          onToggle={(e) => setDetailsOpen(e.currentTarget.open)}
        >
          <summary>{t('card.details')}</summary>
          {detailsOpen && (
            <TypedFields
              kind={kind}
              draft={draft}
              board={board}
              invalid={error?.field ?? null}
              onChange={(patch) => setDraft({ ...draft, ...patch })}
            />
          )}
        </details>
      )}
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {t(error.key)}
        </p>
      )}
      <div className="form-actions">
        {card && (
          <button type="button" onClick={onDone}>
            {t('card.cancel')}
          </button>
        )}
        <button type="submit" className="primary">
          {card ? t('card.save') : t('card.add')}
        </button>
      </div>
    </form>
  );
}
