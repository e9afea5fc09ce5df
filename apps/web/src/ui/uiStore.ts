import { createStore } from 'zustand/vanilla';
import type { Language } from '../i18n/translate.js';
import { NO_FILTERS, type BoardFilters } from '../board/filterSection.js';

/** Local UI state: never board data (that is in Yjs), never server data (react-query). */
export interface UiState {
  readonly language: Language;
  /** True once a person picked the language on this device (a wall then keeps it). */
  readonly languageChosen: boolean;
  /** The section shown on a phone, where one section is seen at a time. */
  readonly activeSection: string | null;
  readonly filters: BoardFilters;
  /** The moderator panel shows its controls (timer, settings, downloads), not just the phases. */
  readonly moderatorPanelOpen: boolean;
  setLanguage(language: Language): void;
  /** Shows `language` without remembering it as this device's choice (the event's language). */
  adoptLanguage(language: Language): void;
  setActiveSection(section: string): void;
  setFilters(patch: Partial<BoardFilters>): void;
  clearFilters(): void;
  setModeratorPanelOpen(open: boolean): void;
}

/** Where the UI store keeps what outlives a page load. */
export interface UiStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const LANGUAGE_KEY = 'tavolo.language';
const MODERATOR_PANEL_KEY = 'tavolo.moderatorPanel';

/**
 * Creates the UI store; one per app, handed down through UiStoreProvider. Italian unless the
 * person chose English on this device: the product is Italian first, whatever the browser says.
 */
export function createUiStore(storage: UiStorage) {
  const saved = storage.getItem(LANGUAGE_KEY);
  const initial: Language = saved === 'en' ? 'en' : 'it';
  return createStore<UiState>()((set) => ({
    language: initial,
    languageChosen: saved === 'en' || saved === 'it',
    activeSection: null,
    filters: NO_FILTERS,
    // Open until the moderator folds it away; folded, it stays so on the next load.
    moderatorPanelOpen: storage.getItem(MODERATOR_PANEL_KEY) !== 'closed',
    setLanguage(language) {
      storage.setItem(LANGUAGE_KEY, language);
      set({ language, languageChosen: true });
    },
    adoptLanguage(language) {
      set({ language });
    },
    setActiveSection(activeSection) {
      set({ activeSection });
    },
    setFilters(patch) {
      set((state) => ({ filters: { ...state.filters, ...patch } }));
    },
    clearFilters() {
      set({ filters: NO_FILTERS });
    },
    setModeratorPanelOpen(moderatorPanelOpen) {
      storage.setItem(MODERATOR_PANEL_KEY, moderatorPanelOpen ? 'open' : 'closed');
      set({ moderatorPanelOpen });
    },
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
