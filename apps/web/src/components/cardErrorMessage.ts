import { BoardError } from '@tavolo/board';
import type { MessageKey } from '../i18n/it.js';
import { isMessageKey } from '../i18n/translate.js';

/** The message key explaining why a card operation failed. */
export function cardErrorMessage(err: unknown): MessageKey {
  if (err instanceof BoardError) {
    const key = `card.error.${err.code}`;
    if (isMessageKey(key)) return key;
  }
  return 'card.error.generic';
}
