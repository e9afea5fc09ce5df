import { useEffect } from 'react';
import { Home } from './components/Home.js';
import { LoadingPage } from './components/PageLoading.js';
import { TablePage } from './components/TablePage.js';
import { secretariatAndJoinRoute } from './secretariat/secretariatAndJoinRoute.js';
import { useUi } from './ui/UiStoreContext.js';
import type { UiStorage } from './ui/uiStore.js';

const TABLE_PATH = /^\/t\/([a-z0-9][a-z0-9-]{0,63})(\/proiettore)?\/?$/;

/** Picks the view for the current path. */
export function App({ path, storage }: { path: string; storage: UiStorage }) {
  const language = useUi((s) => s.language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <LoadingPage>{route(path, storage)}</LoadingPage>;
}

function route(path: string, storage: UiStorage) {
  const other = secretariatAndJoinRoute(path, storage);
  if (other) return other;
  const table = TABLE_PATH.exec(path);
  if (table?.[1]) {
    return (
      <TablePage tableId={table[1]} storage={storage} view={table[2] ? 'projector' : 'board'} />
    );
  }
  return <Home />;
}
