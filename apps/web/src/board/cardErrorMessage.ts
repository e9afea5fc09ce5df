import { BoardError } from '@tavolo/board';
import type { MessageKey } from '../i18n/it.js';
import { isMessageKey } from '../i18n/translate.js';

/** The message key explaining why a board operation failed. */
export function cardErrorMessage(err: unknown): MessageKey {
  if (err instanceof BoardError) {
    const specific = `card.error.${err.code}.${err.field ?? ''}`;
    if (isMessageKey(specific)) return specific;
    const key = `card.error.${err.code}`;
    if (isMessageKey(key)) return key;
  }
  return 'card.error.generic';
}
