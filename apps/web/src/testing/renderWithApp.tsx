import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Language } from '../i18n/translate.js';
import { UiStoreProvider } from '../ui/UiStoreContext.js';
import { createUiStore, type UiStorage } from '../ui/uiStore.js';

/** A Storage kept in memory, like one device's localStorage. */
export class MemoryStorage implements UiStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

/** Renders `ui` with the app's providers: UI store (Italian unless told), React Query without retries. */
export function renderWithApp(
  ui: ReactElement,
  options: { storage?: MemoryStorage; language?: Language } = {},
): { storage: MemoryStorage; queryClient: QueryClient } {
  const storage = options.storage ?? new MemoryStorage();
  if (options.language) storage.setItem('tavolo.language', options.language);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(
    <UiStoreProvider store={createUiStore(storage)}>
      <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
    </UiStoreProvider>,
  );
  return { storage, queryClient };
}
