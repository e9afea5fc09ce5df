import { createContext, useContext, type ReactNode } from 'react';
import type { TableConnection } from '../sync/TableConnection.js';

const ConnectionContext = createContext<TableConnection | null>(null);

/** Hands a table's connection to every board component below it. */
export function ConnectionProvider({
  connection,
  children,
}: {
  connection: TableConnection;
  children: ReactNode;
}) {
  return <ConnectionContext.Provider value={connection}>{children}</ConnectionContext.Provider>;
}

/** The table's connection; only inside a ConnectionProvider. */
export function useConnection(): TableConnection {
  const connection = useContext(ConnectionContext);
  if (!connection) throw new Error('useConnection needs a ConnectionProvider');
  return connection;
}
