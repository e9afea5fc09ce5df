import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  BoardReader,
  EMPTY_DIRECTORY,
  initTable,
  setPhase,
  type Actor,
  type BoardSnapshot,
  type Directory,
} from '@tavolo/board';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import * as Y from 'yjs';
import { ConnectionProvider } from '../board/ConnectionContext.js';
import { EMPTY_STATUS, type RoomStatus } from '../sync/RoomStatusKeeper.js';
import type { TableConnection } from '../sync/TableConnection.js';
import { UiStoreProvider } from '../ui/UiStoreContext.js';
import { createUiStore, type UiStore } from '../ui/uiStore.js';

export const MODERATOR: Actor = {
  id: 'mod',
  role: 'moderator',
};
export const LAURA: Actor = {
  id: 'laura',
  role: 'participant',
};
export const PAOLO: Actor = {
  id: 'paolo',
  role: 'participant',
};

/** The directory a moderator would receive for these people (names and organisations). */
export const PEOPLE: Directory = {
  mod: { role: 'moderator', name: 'Federico Marchi', organisation: 'Clust-ER MECH' },
  laura: { role: 'participant', name: 'Laura Bassi', organisation: 'Officine Reggiane' },
  paolo: { role: 'participant', name: 'Paolo Ferri', organisation: 'Automazioni Modenesi' },
};

/** A skill-needs board in memory, in the given phase. */
export function memoryBoard(phase: Parameters<typeof setPhase>[2] = 'sharing'): Y.Doc {
  const doc = new Y.Doc();
  initTable(doc, { tableId: 'robotica', title: 'Robotica', templateId: 'skillNeeds' });
  setPhase(doc, MODERATOR, phase);
  return doc;
}

const NOBODY: readonly never[] = [];
const LIVE = { status: 'live', pending: 0, loaded: true, canUndo: false, canRedo: false } as const;

/**
 * A stand-in for TableConnection over an in-memory document: the same run/subscribe/snapshot
 * surface the components use, no socket and no IndexedDB; `directory` stands for the one the
 * server would send this viewer.
 */
export function fakeConnection(
  doc: Y.Doc,
  actor: Actor,
  directory: Directory = EMPTY_DIRECTORY,
  /** What the server would have told this device (withheld counts, rejected edits). */
  status: RoomStatus = EMPTY_STATUS,
): TableConnection {
  const reader = new BoardReader();
  let board: BoardSnapshot | null = null;
  let roomStatus = status;
  const listeners = new Set<() => void>();
  doc.on('update', () => {
    board = null;
    for (const l of listeners) l();
  });
  const fake = {
    doc,
    actor,
    tableId: 'robotica',
    undoManager: new Y.UndoManager(doc.getMap('cards')),
    run: <T,>(op: (d: Y.Doc, a: Actor) => T): T => op(doc, actor),
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getBoard: () => (board ??= reader.snapshot(doc, directory)),
    getDirectory: () => directory,
    identity: { participantId: actor.id, role: actor.role, consent: false, token: 't' },
    getPresence: () => NOBODY,
    getSyncState: () => LIVE,
    getRoomStatus: () => roomStatus,
    dismissRejections: () => {
      roomStatus = { ...roomStatus, rejected: [] };
      for (const l of listeners) l();
    },
    setEditing: () => {},
    setSection: () => {},
  };
  return fake as unknown as TableConnection;
}

/** Renders UI with the providers the board needs; Italian unless `language` says otherwise. */
export function renderWith(
  ui: ReactNode,
  { connection, language = 'it' }: { connection?: TableConnection; language?: 'it' | 'en' } = {},
): RenderResult & { store: UiStore } {
  const storage = new Map<string, string>([['tavolo.language', language]]);
  const store = createUiStore({
    getItem: (k) => storage.get(k) ?? null,
    setItem: (k, v) => void storage.set(k, v),
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapped = connection ? (
    <ConnectionProvider connection={connection}>{ui}</ConnectionProvider>
  ) : (
    ui
  );
  return {
    store,
    ...render(
      <UiStoreProvider store={store}>
        <QueryClientProvider client={client}>{wrapped}</QueryClientProvider>
      </UiStoreProvider>,
    ),
  };
}
