import { useCallback } from 'react';
import { isMessageKey } from '../i18n/translate.js';
import { useT } from '../i18n/useT.js';

/** A section's title: its own for a free section, else the built-in section's translated name. */
export function useSectionName() {
  const t = useT();
  return useCallback(
    (id: string, title: string | undefined) => {
      if (title) return title;
      const key = `section.${id}`;
      return isMessageKey(key) ? t(key) : id;
    },
    [t],
  );
}
