import { useState } from 'react';
import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';
import { cardErrorMessage } from './cardErrorMessage.js';

/**
 * Runs a control's board operations and keeps why the last one was refused: `act(op)` runs `op`,
 * then clears `error`, or, when `op` throws, sets `error` to the message key of the refusal.
 */
export function useBoardAction() {
  const [error, setError] = useState<MessageKey | null>(null);
  const act = (op: () => void) => {
    try {
      op();
      setError(null);
    } catch (err) {
      setError(cardErrorMessage(err));
    }
  };
  return { act, error };
}

/** Says, as an alert, why the last board operation was refused; nothing when it was not. */
export function BoardActionError({ error }: { error: MessageKey | null }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="field-error" role="alert">
      {t(error)}
    </p>
  );
}
