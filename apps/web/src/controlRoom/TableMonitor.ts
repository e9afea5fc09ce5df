import { BoardReader, type BoardSnapshot } from '@tavolo/board';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { DirectoryKeeper } from '../sync/DirectoryKeeper.js';

/** How the control room's connection to one table is doing. */
export type MonitorStatus = 'connecting' | 'live' | 'offline' | 'unauthorised' | 'refused';

/** What the control room shows of one table. */
export interface TableLive {
  readonly tableId: string;
  readonly status: MonitorStatus;
  /** The board once the first sync arrived; null before (an empty document would mislead). */
  readonly board: BoardSnapshot | null;
  /** Participants whose device announces itself at the table now (moderators not counted). */
  readonly online: number;
}

/** Close codes: an expired token asks for a new one; a refusal or unknown table stops. */
const CLOSE_UNAUTHORISED = 4401;
const CLOSE_FORBIDDEN = 4403;
const CLOSE_NOT_FOUND = 4404;

/**
 * Watches one table's board over its own socket, read-only: nothing is ever written to the
 * document, no presence is announced (the control room is not a person at the table), and
 * nothing is kept on the device. Framework-free; React reads it through EventMonitor.
 */
export class TableMonitor {
  private readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private readonly reader = new BoardReader();
  private readonly people: DirectoryKeeper;
  private live: TableLive;
  private synced = false;

  constructor(
    readonly tableId: string,
    serverUrl: string,
    token: string,
    private readonly onChange: () => void,
  ) {
    this.live = { tableId, status: 'connecting', board: null, online: 0 };
    this.provider = new WebsocketProvider(serverUrl, tableId, this.doc, {
      params: { token },
      disableBc: true,
    });
    // Nothing is kept on the device: the secretariat's directory names everyone.
    this.people = new DirectoryKeeper(this.provider, null, '', this.refresh);
    this.provider.awareness.setLocalState(null);
    this.doc.on('update', this.refresh);
    this.provider.awareness.on('change', this.refresh);
    this.provider.on('status', this.refresh);
    this.provider.on('sync', this.onSync);
    this.provider.on('connection-close', this.onClose);
  }

  /** The latest view of the table; the same object until something changed. */
  get(): TableLive {
    return this.live;
  }

  private readonly onSync = (isSynced: boolean) => {
    if (isSynced) this.synced = true;
    this.refresh();
  };

  private readonly onClose = (event: CloseEvent | null) => {
    const code = event?.code;
    if (code === CLOSE_UNAUTHORISED || code === CLOSE_FORBIDDEN || code === CLOSE_NOT_FOUND) {
      // Reconnecting with the same token would be refused again.
      this.provider.disconnect();
      this.live = {
        ...this.live,
        status: code === CLOSE_UNAUTHORISED ? 'unauthorised' : 'refused',
      };
      this.onChange();
      return;
    }
    this.refresh();
  };

  private readonly refresh = () => {
    if (this.live.status === 'unauthorised' || this.live.status === 'refused') return;
    let online = 0;
    const participants = new Set<string>();
    const self = this.doc.clientID;
    this.provider.awareness.getStates().forEach((state, clientId) => {
      const user = (state as { user?: { id?: unknown; role?: unknown } }).user;
      // Participants only, each once: the moderator is not counted among them.
      if (clientId !== self && user?.role === 'participant' && typeof user.id === 'string') {
        participants.add(user.id);
      }
    });
    online = participants.size;
    const status: MonitorStatus = this.provider.wsconnected
      ? this.synced
        ? 'live'
        : 'connecting'
      : this.provider.wsconnecting
        ? 'connecting'
        : 'offline';
    const board = this.synced ? this.reader.snapshot(this.doc, this.people.get()) : null;
    const prev = this.live;
    if (prev.status === status && prev.board === board && prev.online === online) return;
    this.live = { tableId: this.tableId, status, board, online };
    this.onChange();
  };

  destroy(): void {
    this.doc.off('update', this.refresh);
    this.provider.awareness.off('change', this.refresh);
    this.provider.destroy();
    this.doc.destroy();
  }
}
