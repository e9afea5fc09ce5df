import { useCallback } from 'react';
import { useUi } from '../ui/UiStoreContext.js';
import type { MessageKey } from './it.js';
import { translate, type MessageParams } from './translate.js';

/** The translate function for the current language. */
export function useT() {
  const language = useUi((s) => s.language);
  return useCallback(
    (key: MessageKey, params?: MessageParams) => translate(language, key, params),
    [language],
  );
}
