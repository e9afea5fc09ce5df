import { MAX_CARD_TEXT } from '@tavolo/board';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';
import { cardErrorMessage } from './cardErrorMessage.js';

/**
 * A comment's text box: a new comment (cleared once sent) or an edit (`onCancel` given).
 * `onSubmit` runs the board operation; what it refuses is said under the box.
 */
export function CommentForm({
  label,
  submitLabel,
  initial = '',
  placeholder,
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  placeholder?: string;
  autoFocus?: boolean;
  onSubmit(text: string): void;
  onCancel?(): void;
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<MessageKey | null>(null);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (text.trim() === '') return;
    try {
      onSubmit(text);
      setError(null);
      if (!onCancel) setText('');
    } catch (err) {
      setError(cardErrorMessage(err));
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
    if (event.key === 'Escape' && onCancel) onCancel();
  }

  return (
    <form className="comment-form" onSubmit={submit} onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-text`} className={onCancel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        rows={2}
        maxLength={MAX_CARD_TEXT}
        value={text}
        placeholder={placeholder}
        // Only when the person asked to edit: the box is where they will type.
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      <div className="form-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        )}
        <button type="submit" className="primary" disabled={text.trim() === ''}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
