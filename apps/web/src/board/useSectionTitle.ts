import type { SectionDef } from '@tavolo/board';
import { useCallback } from 'react';
import { isMessageKey } from '../i18n/translate.js';
import { useT } from '../i18n/useT.js';

/** Titles sections: built-in ones through i18n, free ones by their own title. */
export function useSectionTitle() {
  const t = useT();
  return useCallback(
    (section: SectionDef) => {
      if (section.title) return section.title;
      const key = `section.${section.id}`;
      return isMessageKey(key) ? t(key) : section.id;
    },
    [t],
  );
}
