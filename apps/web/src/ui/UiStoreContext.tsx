import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { UiState, UiStore } from './uiStore.js';

const UiStoreContext = createContext<UiStore | null>(null);

/** Hands the app's UI store to every component below it. */
export function UiStoreProvider({ store, children }: { store: UiStore; children: ReactNode }) {
  return <UiStoreContext.Provider value={store}>{children}</UiStoreContext.Provider>;
}

/** Reads a slice of the UI store; re-renders only when the slice changes. */
export function useUi<T>(selector: (state: UiState) => T): T {
  const store = useContext(UiStoreContext);
  if (!store) throw new Error('useUi needs a UiStoreProvider');
  return useStore(store, selector);
}
