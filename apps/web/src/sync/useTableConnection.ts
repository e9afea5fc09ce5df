import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Identity } from '../identity/identity.js';
import { syncUrl } from './syncUrl.js';
import { TableConnection } from './TableConnection.js';

/**
 * Opens the table's connection for as long as the component is mounted. `announce: false`
 * (the projector) neither shows others' presence nor appears in it.
 */
export function useTableConnection(
  tableId: string,
  identity: Identity,
  { announce = true }: { announce?: boolean } = {},
): TableConnection | null {
  const [connection, setConnection] = useState<TableConnection | null>(null);
  useEffect(() => {
    // The connection opens a socket and IndexedDB, so it belongs to the effect (created on
    // mount, destroyed on unmount, StrictMode-safe); the state only hands it to rendering.
    const conn = new TableConnection(tableId, syncUrl(window.location), identity, {
      storage: window.localStorage,
      online: () => navigator.onLine,
      events: window,
      announce,
      session: {
        fetch: window.fetch.bind(window),
        now: () => Date.now(),
        setTimeout: (run, ms) => window.setTimeout(run, ms),
        clearTimeout: (handle) => window.clearTimeout(handle as number),
      },
    });
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setConnection(conn);
    return () => {
      conn.destroy();
      setConnection(null);
    };
  }, [tableId, identity, announce]);
  return connection;
}

/** The board snapshot; re-renders only when the board changed. */
export function useBoard(connection: TableConnection) {
  return useSyncExternalStore(connection.subscribe, connection.getBoard);
}

/** The people of the table as the server lets this device see them. */
export function useDirectory(connection: TableConnection) {
  return useSyncExternalStore(connection.subscribe, connection.getDirectory);
}

/** Who is at the table right now. */
export function usePresence(connection: TableConnection) {
  return useSyncExternalStore(connection.subscribe, connection.getPresence);
}

/** Connection status, changes waiting for the server, undo availability. */
export function useSyncState(connection: TableConnection) {
  return useSyncExternalStore(connection.subscribe, connection.getSyncState);
}

/** Cards withheld by silent writing, and this device's edits the server did not accept. */
export function useRoomStatus(connection: TableConnection) {
  return useSyncExternalStore(connection.subscribe, connection.getRoomStatus);
}
