import { useEffect } from 'react';
import type { Language } from '../i18n/translate.js';
import { useUi } from '../ui/UiStoreContext.js';

/**
 * Shows the wall in its event's language, unless someone chose a language on this device (the
 * moderator's laptop keeps the moderator's choice; the switch on the wall makes a new one).
 */
export function useWallLanguage(eventLanguage: Language | null): void {
  const chosen = useUi((s) => s.languageChosen);
  const adopt = useUi((s) => s.adoptLanguage);
  useEffect(() => {
    if (!chosen && eventLanguage) adopt(eventLanguage);
  }, [chosen, eventLanguage, adopt]);
}
