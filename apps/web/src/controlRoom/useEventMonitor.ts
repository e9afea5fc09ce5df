import { useEffect, useState, useSyncExternalStore } from 'react';
import { EventMonitor, syncBaseUrl } from './EventMonitor.js';
import type { TableLive } from './TableMonitor.js';

const NONE: readonly TableLive[] = [];
const noSubscription = () => () => undefined;

/** Opens the event's tables for as long as the component is mounted and the token holds. */
export function useEventMonitor(
  tableIds: readonly string[],
  token: string | undefined,
  onUnauthorised: () => void,
): readonly TableLive[] {
  const [monitor, setMonitor] = useState<EventMonitor | null>(null);
  useEffect(() => {
    if (!token) return;
    // Sockets belong to the effect (opened on mount, closed on unmount, StrictMode-safe).
    const created = new EventMonitor(syncBaseUrl(window.location), token, onUnauthorised);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setMonitor(created);
    return () => {
      created.destroy();
      setMonitor(null);
    };
  }, [token, onUnauthorised]);
  const ids = tableIds.join('\n');
  useEffect(() => {
    monitor?.setTables(ids ? ids.split('\n') : []);
  }, [monitor, ids]);
  return useSyncExternalStore(
    monitor?.subscribe ?? noSubscription,
    monitor?.getTables ?? (() => NONE),
  );
}
