import { addCard, MAX_CARD_TEXT } from '@tavolo/board';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';
import type { TableConnection } from '../sync/TableConnection.js';
import { cardErrorMessage } from './cardErrorMessage.js';

/** A text box that adds a card to a section. */
export function CardComposer({
  sectionId,
  sectionTitle,
  connection,
}: {
  sectionId: string;
  sectionTitle: string;
  connection: TableConnection;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    try {
      addCard(connection.doc, connection.actor, { section: sectionId, text });
      setText('');
      setError(null);
    } catch (err) {
      setError(cardErrorMessage(err));
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  }

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('card.new', { section: sectionTitle })}
      </label>
      <textarea
        id={id}
        value={text}
        rows={2}
        maxLength={MAX_CARD_TEXT}
        placeholder={t('card.placeholder')}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      <button type="submit" className="primary">
        {t('card.add')}
      </button>
    </form>
  );
}
