import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { UiStorage } from '../ui/uiStore.js';
import { KeyForm } from './KeyForm.js';
import { useLocationPath } from './navigation.js';
import { SecretariatApi } from './SecretariatApi.js';
import { SecretariatContext } from './SecretariatContext.js';
import { SecretariatRoutes } from './SecretariatRoutes.js';
import { adoptKey, forgetKey, saveKey } from './secretariatKey.js';

/** /segreteria…: asks for the secretariat key when there is none, then shows the pages. */
export function SecretariatApp({ storage }: { storage: UiStorage }) {
  const queryClient = useQueryClient();
  // Read once, before the first render, so the fragment leaves the address bar at once.
  const [key, setKey] = useState(() => adoptKey(window.location, window.history, storage));
  const [rejected, setRejected] = useState(false);
  const path = useLocationPath();

  const drop = useCallback(
    (wrongKey: boolean) => {
      forgetKey(storage);
      queryClient.removeQueries({ queryKey: ['secretariat'] });
      setRejected(wrongKey);
      setKey(null);
    },
    [storage, queryClient],
  );
  const session = useMemo(
    () =>
      key ? { api: new SecretariatApi(key, () => drop(true)), signOut: () => drop(false) } : null,
    [key, drop],
  );

  if (!session) {
    return (
      <KeyForm
        rejected={rejected}
        onKey={(typed) => {
          saveKey(storage, typed);
          setRejected(false);
          setKey(typed.trim());
        }}
      />
    );
  }
  return (
    <SecretariatContext.Provider value={session}>
      <SecretariatRoutes path={path} />
    </SecretariatContext.Provider>
  );
}
