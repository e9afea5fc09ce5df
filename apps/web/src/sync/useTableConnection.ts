import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Identity } from '../identity/identity.js';
import { syncUrl, TableConnection } from './TableConnection.js';

/** Opens the table's connection for as long as the component is mounted. */
export function useTableConnection(tableId: string, identity: Identity): TableConnection | null {
  const [connection, setConnection] = useState<TableConnection | null>(null);
  useEffect(() => {
    // The connection opens a socket and IndexedDB, so it belongs to the effect (created on
    // mount, destroyed on unmount, StrictMode-safe); the state only hands it to rendering.
    const conn = new TableConnection(tableId, syncUrl(window.location), identity);
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setConnection(conn);
    return () => {
      conn.destroy();
      setConnection(null);
    };
  }, [tableId, identity]);
  return connection;
}

/** The board snapshot; re-renders only when the board changed. */
export function useBoard(connection: TableConnection) {
  return useSyncExternalStore(connection.subscribe, connection.getBoard);
}

/** Who is at the table right now. */
export function usePresence(connection: TableConnection) {
  return useSyncExternalStore(connection.subscribe, connection.getPresence);
}

/** The connection state for the badge. */
export function useConnectionStatus(connection: TableConnection) {
  return useSyncExternalStore(connection.subscribe, connection.getStatus);
}
