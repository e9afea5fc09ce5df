import { BoardReader, ROOT, type Actor, type BoardSnapshot, type Directory } from '@tavolo/board';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { actorOf, type Identity } from '../identity/identity.js';
import { KeptIdentity } from '../identity/KeptIdentity.js';
import { requestJson } from '../api/requestJson.js';
import { DirectoryKeeper } from './DirectoryKeeper.js';
import { PendingChanges, type PendingStorage } from './PendingChanges.js';
import { RoomStatusKeeper, type RoomStatus } from './RoomStatusKeeper.js';
import { colourOf, readPresence, type Presence } from './presence.js';
import { ServerAcks } from './ServerAcks.js';
import { SessionKeeper, type SessionEnv } from './SessionKeeper.js';

export type { Presence } from './presence.js';

/**
 * What the connection badge shows; `ended` when the server no longer takes this device's
 * session (its invitation was revoked or has expired).
 */
export type ConnectionStatus =
  'connecting' | 'live' | 'reconnecting' | 'offline' | 'notFound' | 'ended';

/** The sync state shown on every screen; the same object until something in it changes. */
export interface SyncState {
  readonly status: ConnectionStatus;
  /** Local changes the server has not acknowledged yet. */
  readonly pending: number;
  /** True once the board was read from this device or from the server. */
  readonly loaded: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** Close codes: a table that does not exist; a token the server no longer takes. */
const CLOSE_NOT_FOUND = 4404;
const CLOSE_UNAUTHORISED = 4401;

/** The origin of every transaction this device makes; the undo manager tracks only it. */
export const LOCAL_ORIGIN = Symbol('tavolo-local');

/** What the connection needs from the browser; injectable for tests. */
export interface ConnectionEnv {
  readonly storage: PendingStorage | null;
  readonly online: () => boolean;
  readonly events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  /** Show others' presence and announce this device (false on the projector). */
  readonly announce: boolean;
  /** Renews the session's token before it runs out; none in tests that need no server. */
  readonly session?: SessionEnv;
}

/**
 * A table's live document: kept on the device (IndexedDB) and synced with the server.
 * Framework-free; React reads it through the hooks in this folder.
 */
export class TableConnection {
  readonly doc = new Y.Doc();
  /** Who this device acts as on the board. */
  readonly actor: Actor;
  readonly undoManager: Y.UndoManager;
  private readonly provider: WebsocketProvider;
  private readonly local: IndexeddbPersistence;
  private readonly pending: PendingChanges;
  private readonly acks: ServerAcks;
  private readonly keeper: SessionKeeper | null;
  private readonly people: DirectoryKeeper;
  private readonly roomStatus: RoomStatusKeeper;
  private readonly reader = new BoardReader();
  private readonly listeners = new Set<() => void>();
  private board: BoardSnapshot | null = null;
  private presence: readonly Presence[] = [];
  private state: SyncState = {
    status: 'connecting',
    pending: 0,
    loaded: false,
    canUndo: false,
    canRedo: false,
  };
  private everLive = false;
  /** The identity as this device keeps it: renewed tokens and changed consent included. */
  private readonly kept: KeptIdentity;

  constructor(
    readonly tableId: string,
    serverUrl: string,
    readonly identity: Identity,
    private readonly env: ConnectionEnv,
  ) {
    this.actor = actorOf(identity);
    this.kept = new KeptIdentity(identity, env.storage, tableId);
    this.pending = new PendingChanges(env.storage, `tavolo.pending.${tableId}`);
    this.local = new IndexeddbPersistence(`tavolo:${tableId}`, this.doc);
    this.provider = new WebsocketProvider(serverUrl, tableId, this.doc, {
      params: { token: identity.token },
      connect: env.online(),
      disableBc: true,
    });
    this.acks = new ServerAcks(this.provider, this.pending, this.onStatus);
    this.people = new DirectoryKeeper(
      this.provider,
      env.storage,
      `tavolo.directory.${tableId}`,
      this.onDirectory,
    );
    this.roomStatus = new RoomStatusKeeper(this.provider, () => this.emit());
    this.keeper = env.session
      ? new SessionKeeper(identity.token, this.provider, env.session, {
          renewed: (token) => this.kept.update({ token }),
          ended: () => {
            this.state = { ...this.state, status: 'ended' };
            this.emit();
          },
        })
      : null;
    this.undoManager = new Y.UndoManager(
      [ROOT.cards, ROOT.groups, ROOT.votes, ROOT.control, ROOT.comments].map((name) =>
        this.doc.getMap(name),
      ),
      { trackedOrigins: new Set([LOCAL_ORIGIN]) },
    );
    if (env.announce) {
      // No name: presence reaches everyone at the table; each resolves the id in its directory.
      this.provider.awareness.setLocalState({
        user: {
          id: identity.participantId,
          role: identity.role,
          colour: colourOf(identity.participantId),
        },
        editing: null,
        section: null,
      });
    } else {
      this.provider.awareness.setLocalState(null);
    }
    void this.local.whenSynced.then(this.onStatus);
    this.doc.on('update', this.onDocUpdate);
    this.doc.on('afterTransaction', this.onTransaction);
    this.undoManager.on('stack-item-added', this.onStatus);
    this.undoManager.on('stack-item-popped', this.onStatus);
    this.provider.awareness.on('change', this.onPresence);
    this.provider.on('status', this.onStatus);
    this.provider.on('sync', this.onSync);
    this.provider.on('connection-close', this.onClose);
    env.events?.addEventListener('online', this.onOnline);
    env.events?.addEventListener('offline', this.onOffline);
    this.onStatus();
  }

  /** Runs a board operation as this device's actor, in one undoable local transaction. */
  run<T>(op: (doc: Y.Doc, actor: Actor) => T): T {
    let result!: T;
    this.doc.transact(() => {
      result = op(this.doc, this.actor);
    }, LOCAL_ORIGIN);
    return result;
  }

  /** Calls `listener` after any change to board, presence or sync state. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The board as plain data, authors named from the directory; the same object until either changes. */
  getBoard = (): BoardSnapshot => {
    this.board ??= this.reader.snapshot(this.doc, this.people.get());
    return this.board;
  };

  /** The people of the table as the server lets this device see them. */
  getDirectory = (): Directory => this.people.get();

  getPresence = (): readonly Presence[] => this.presence;

  /** What the server withholds from this device, and its edits the server did not accept. */
  getRoomStatus = (): RoomStatus => this.roomStatus.get();

  /** The person has read which of their edits were not accepted. */
  dismissRejections(): void {
    this.roomStatus.dismiss();
  }

  getSyncState = (): SyncState => this.state;

  /** The token to present now: the latest one the session keeper was given. */
  get token(): string {
    return this.kept.get().token;
  }

  /**
   * Records this person's answer to being named in the paper on the server (which then sends
   * every connection its new directory) and on the device.
   */
  async setConsent(consent: boolean): Promise<void> {
    await requestJson('/api/session/consent', {
      method: 'POST',
      body: { consent },
      bearer: this.token,
    });
    this.kept.update({ consent });
  }

  /** Tells the others which card this person edits (null: none). */
  setEditing(cardId: string | null): void {
    if (this.env.announce) this.provider.awareness.setLocalStateField('editing', cardId);
  }

  /** Tells the others which section this person is in. */
  setSection(sectionId: string | null): void {
    if (!this.env.announce) return;
    if (this.provider.awareness.getLocalState()?.section === sectionId) return;
    this.provider.awareness.setLocalStateField('section', sectionId);
  }

  private emit() {
    for (const listener of this.listeners) listener();
  }

  private readonly onDocUpdate = () => {
    this.board = null;
    this.emit();
  };

  private readonly onTransaction = (transaction: Y.Transaction) => {
    const local = transaction.origin === LOCAL_ORIGIN || transaction.origin === this.undoManager;
    if (local && this.pending.record(transaction, this.doc)) {
      this.acks.schedule();
      this.onStatus();
    }
  };

  private readonly onPresence = () => {
    const states = this.provider.awareness.getStates() as Map<number, Record<string, unknown>>;
    this.presence = this.env.announce
      ? readPresence(states, this.doc.clientID, this.people.get())
      : [];
    this.emit();
  };

  /** A new directory renames cards and people present. */
  private readonly onDirectory = () => {
    this.board = null;
    this.onPresence();
  };

  private readonly onSync = () => {
    this.acks.schedule();
    this.onStatus();
  };

  private readonly onOnline = () => this.provider.connect();

  private readonly onOffline = () => {
    // Browsers keep a dead socket open for a long time; going offline closes it at once.
    this.provider.disconnect();
    this.onStatus();
  };

  private readonly onStatus = () => {
    if (this.state.status === 'notFound' || this.state.status === 'ended') return;
    const live = this.provider.wsconnected && this.provider.synced;
    if (live) this.everLive = true;
    const status: ConnectionStatus = live
      ? 'live'
      : // Two failed attempts in a row mean no network, whatever navigator.onLine claims.
        !this.env.online() ||
          !this.provider.shouldConnect ||
          this.provider.wsUnsuccessfulReconnects >= 2
        ? 'offline'
        : this.everLive
          ? 'reconnecting'
          : 'connecting';
    this.update({
      status,
      pending: this.pending.count,
      loaded: this.state.loaded || this.local.synced || this.provider.synced,
      canUndo: this.undoManager.canUndo(),
      canRedo: this.undoManager.canRedo(),
    });
  };

  private update(next: SyncState) {
    const same = (Object.keys(next) as (keyof SyncState)[]).every(
      (key) => next[key] === this.state[key],
    );
    if (same) return;
    this.state = next;
    this.emit();
  }

  private readonly onClose = (event: CloseEvent | null) => {
    if (event?.code === CLOSE_NOT_FOUND) {
      this.provider.disconnect();
      this.state = { ...this.state, status: 'notFound' };
      this.emit();
      return;
    }
    if (event?.code === CLOSE_UNAUTHORISED && this.keeper) {
      void this.keeper.onUnauthorised(event.reason);
    }
    this.onStatus();
  };

  destroy(): void {
    this.env.events?.removeEventListener('online', this.onOnline);
    this.env.events?.removeEventListener('offline', this.onOffline);
    this.doc.off('update', this.onDocUpdate);
    this.doc.off('afterTransaction', this.onTransaction);
    this.provider.awareness.off('change', this.onPresence);
    this.acks.destroy();
    this.keeper?.stop();
    this.undoManager.destroy();
    this.provider.destroy();
    void this.local.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }
}
