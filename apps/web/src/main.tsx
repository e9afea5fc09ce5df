import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles/index.css';
import { UiStoreProvider } from './ui/UiStoreContext.js';
import { createUiStore } from './ui/uiStore.js';

const uiStore = createUiStore(window.localStorage);
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The service worker keeps the app shell, so a board reloads offline. Browsers allow it on
// https and on localhost only; on a venue's plain-http LAN address the page still works online.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}

createRoot(root).render(
  <StrictMode>
    <UiStoreProvider store={uiStore}>
      <QueryClientProvider client={queryClient}>
        <App path={window.location.pathname} storage={window.localStorage} />
      </QueryClientProvider>
    </UiStoreProvider>
  </StrictMode>,
);
