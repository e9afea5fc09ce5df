import { BoardReader, type Actor, type BoardSnapshot } from '@tavolo/board';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { actorOf, type Identity } from '../identity/identity.js';

/** What the connection badge shows. */
export type ConnectionStatus = 'connecting' | 'live' | 'offline' | 'notFound';

/** One person at the table, as their device announces it. */
export interface Presence {
  readonly clientId: number;
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly isSelf: boolean;
}

/** Close code the server uses for a table that does not exist. */
const CLOSE_NOT_FOUND = 4404;

/**
 * A table's live document: kept on the device (IndexedDB) and synced with the server.
 * Framework-free; React reads it through the hooks in this folder.
 */
export class TableConnection {
  readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private readonly local: IndexeddbPersistence;
  private readonly reader = new BoardReader();
  private board: BoardSnapshot | null = null;
  private presence: readonly Presence[] = [];
  private status: ConnectionStatus = 'connecting';
  private readonly listeners = new Set<() => void>();
  /** Who this device acts as on the board. */
  readonly actor: Actor;

  constructor(
    readonly tableId: string,
    serverUrl: string,
    readonly identity: Identity,
  ) {
    this.actor = actorOf(identity);
    this.local = new IndexeddbPersistence(`tavolo:${tableId}`, this.doc);
    this.provider = new WebsocketProvider(serverUrl, tableId, this.doc, {
      params: { token: identity.token },
    });
    this.provider.awareness.setLocalStateField('user', {
      id: identity.participantId,
      name: identity.name,
      organisation: identity.organisation,
    });
    this.doc.on('update', this.onDocUpdate);
    this.provider.awareness.on('change', this.onPresence);
    this.provider.on('status', this.onStatus);
    this.provider.on('sync', this.onStatus);
    this.provider.on('connection-close', this.onClose);
  }

  /** Calls `listener` after any change to board, presence or status. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The board as plain data; the same object until the document changes. */
  getBoard = (): BoardSnapshot => {
    this.board ??= this.reader.snapshot(this.doc);
    return this.board;
  };

  getPresence = (): readonly Presence[] => this.presence;

  getStatus = (): ConnectionStatus => this.status;

  private emit() {
    for (const listener of this.listeners) listener();
  }

  private readonly onDocUpdate = () => {
    this.board = null;
    this.emit();
  };

  private readonly onPresence = () => {
    const self = this.doc.clientID;
    const people: Presence[] = [];
    this.provider.awareness.getStates().forEach((state, clientId) => {
      const user = (state as { user?: Partial<Presence> }).user;
      if (!user || typeof user.name !== 'string') return;
      people.push({
        clientId,
        id: String(user.id ?? ''),
        name: user.name,
        organisation: String(user.organisation ?? ''),
        isSelf: clientId === self,
      });
    });
    people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
    this.presence = people;
    this.emit();
  };

  private readonly onStatus = () => {
    if (this.status === 'notFound') return;
    const next: ConnectionStatus = this.provider.wsconnected
      ? this.provider.synced
        ? 'live'
        : 'connecting'
      : this.provider.wsconnecting
        ? 'connecting'
        : 'offline';
    if (next !== this.status) {
      this.status = next;
      this.emit();
    }
  };

  private readonly onClose = (event: CloseEvent | null) => {
    if (event?.code === CLOSE_NOT_FOUND) {
      this.provider.disconnect();
      this.status = 'notFound';
      this.emit();
      return;
    }
    this.onStatus();
  };

  destroy(): void {
    this.doc.off('update', this.onDocUpdate);
    this.provider.awareness.off('change', this.onPresence);
    this.provider.destroy();
    void this.local.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }
}

/** The WebSocket base URL of the server that served this page. */
export function syncUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}
