import type { BoardSnapshot } from '@tavolo/board';
import { useEffect } from 'react';
import { useUi } from '../ui/UiStoreContext.js';

/**
 * When the moderator puts a card or group in the spotlight, every screen brings it into
 * sight: on a phone it first switches to the spotlight's section tab.
 */
export function useSpotlightScroll(board: BoardSnapshot): void {
  const setActiveSection = useUi((s) => s.setActiveSection);
  const activeSection = useUi((s) => s.activeSection);
  const target = board.spotlight?.id ?? null;
  const section =
    target === null
      ? null
      : (board.sections.find(
          (s) => s.groups.some((g) => g.id === target) || s.cards.some((c) => c.id === target),
        )?.id ?? null);

  useEffect(() => {
    if (section !== null) setActiveSection(section);
  }, [section, setActiveSection]);

  useEffect(() => {
    if (target === null) return;
    const element = document.querySelector(`[data-spotlight-id="${target}"]`);
    element?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [target, activeSection]);
}
