import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';
import { UiStoreProvider } from './ui/UiStoreContext.js';
import { createUiStore } from './ui/uiStore.js';

const uiStore = createUiStore(window.localStorage);
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <UiStoreProvider store={uiStore}>
      <QueryClientProvider client={queryClient}>
        <App path={window.location.pathname} storage={window.localStorage} />
      </QueryClientProvider>
    </UiStoreProvider>
  </StrictMode>,
);
