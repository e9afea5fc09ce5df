import { BoardError } from '@tavolo/board';
import type { MessageKey } from '../i18n/it.js';
import { isMessageKey } from '../i18n/translate.js';

/** The message key explaining why an edit of the board's sections was refused. */
export function sectionErrorMessage(err: unknown): MessageKey {
  if (err instanceof BoardError) {
    const key = `sections.error.${err.code}`;
    if (isMessageKey(key)) return key;
  }
  return 'sections.error.generic';
}
