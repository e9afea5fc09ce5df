import {
  CARD,
  COMMENT,
  CONTROL,
  readLegacyIdentities,
  readSchemaVersion,
  ROOT,
  SCHEMA_VERSION,
  type LegacyIdentity,
} from '@tavolo/board';
import * as Y from 'yjs';
import type { Logger } from '../log.js';
import { DirectoryCuts, sameCut, type CutKey } from '../privacy/DirectoryCuts.js';
import { settingsOf, type ConnectedViewer, type TablePerson } from '../privacy/visibility.js';
import { encodeDirectory } from './protocol.js';

/** What rooms need of the catalogue's people (wired to Catalog.people by createApp). */
export interface RoomPeople {
  /** The people recorded at a table. */
  list(tableId: string): Promise<readonly TablePerson[]>;
  /** Calls `listener` with a table's id when its people change; returns how to stop. */
  onChange(listener: (tableId: string) => void): () => void;
  /** Records the people an old board names whom the catalogue does not know yet. */
  adoptLegacy(tableId: string, people: readonly LegacyIdentity[]): Promise<unknown>;
  /** After a board's identities were erased and compacted: no copy may stay in the files. */
  afterErase(): Promise<void>;
}

/**
 * The people of a room's table as each of its connections may see them. On greeting, and
 * whenever what a connection may see changes (someone joins, a consent changes, the moderator
 * toggles anonymity or organisations), each connection receives its own cut of the directory
 * (privacy/visibility.ts) as a directory message; a connection is sent a cut only when it
 * differs from the last one it got. Without a source of people (unit tests of the room) it
 * sends nothing.
 */
export class RoomDirectory<S> {
  private people: readonly TablePerson[] = [];
  private readonly known = new Set<string>();
  /** Author ids the room looked up already: an unknown one is looked up once, not per card. */
  private readonly looked = new Set<string>();
  private readonly connections = new Map<S, { viewer: ConnectedViewer; sent: CutKey | null }>();
  private cuts: DirectoryCuts | null = null;
  private loading: Promise<void> | null = null;
  private again = false;
  private closed = false;
  /** Set once the people were first read: entries the stored board brings need no lookup. */
  private ready = false;
  private readonly stopListening: () => void;

  constructor(
    private readonly name: string,
    private readonly doc: Y.Doc,
    private readonly source: RoomPeople | undefined,
    private readonly send: (socket: S, message: Uint8Array) => void,
    private readonly log: Logger,
  ) {
    this.stopListening =
      source?.onChange((tableId) => {
        if (tableId === name) this.refresh();
      }) ?? (() => {});
    doc.getMap(ROOT.control).observe(this.onControl);
    doc.getMap(ROOT.cards).observe(this.onEntries);
    doc.getMap(ROOT.comments).observe(this.onEntries);
  }

  /** Reads the table's people; the room awaits it before greeting anyone. */
  load(): Promise<void> {
    return this.fetch();
  }

  /**
   * Before an old board (schema < 3) is migrated: the catalogue records the people it names, who
   * are about to be erased from it. True when the board carried names or organisations.
   */
  async adoptLegacy(): Promise<boolean> {
    const version = readSchemaVersion(this.doc);
    if (version === 0 || version >= SCHEMA_VERSION) return false;
    const legacy = readLegacyIdentities(this.doc);
    if (!legacy.some((p) => p.name !== '' || p.organisation !== '')) return false;
    await this.source?.adoptLegacy(this.name, legacy);
    return true;
  }

  /** After the erased identities were compacted away: the storage's own leftovers go too. */
  async erased(): Promise<void> {
    await this.source?.afterErase();
  }

  /** Sends a newly greeted connection its directory. */
  greet(socket: S, viewer: ConnectedViewer): void {
    if (!this.source) return;
    this.connections.set(socket, { viewer, sent: null });
    this.sendTo(socket);
  }

  forget(socket: S): void {
    this.connections.delete(socket);
  }

  destroy(): void {
    this.closed = true;
    this.stopListening();
    this.doc.getMap(ROOT.control).unobserve(this.onControl);
    this.doc.getMap(ROOT.cards).unobserve(this.onEntries);
    this.doc.getMap(ROOT.comments).unobserve(this.onEntries);
    this.connections.clear();
  }

  /** Reads the people again, then sends whoever sees a difference. */
  private refresh(): void {
    this.fetch().catch((err: unknown) => {
      this.log.error('directory_load_failed', { room: this.name, error: String(err) });
    });
  }

  /** One read at a time; a change while reading reads once more after it. */
  private fetch(): Promise<void> {
    if (!this.source) return Promise.resolve();
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    const source = this.source;
    const run = async () => {
      try {
        do {
          this.again = false;
          this.people = await source.list(this.name);
        } while (this.again && !this.closed);
      } finally {
        this.loading = null;
      }
      this.known.clear();
      for (const person of this.people) this.known.add(person.id);
      this.ready = true;
      this.resend();
    };
    this.loading = run();
    return this.loading;
  }

  private resend(): void {
    if (this.closed) return;
    for (const socket of this.connections.keys()) this.sendTo(socket);
  }

  private sendTo(socket: S): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    const cut = this.cutsNow().cut(connection.viewer);
    if (connection.sent && sameCut(connection.sent, cut.key)) return;
    connection.sent = cut.key;
    this.send(socket, encodeDirectory(cut.json));
  }

  /** The cuts for the people and settings as they are now (made again when either changed). */
  private cutsNow(): DirectoryCuts {
    const settings = settingsOf(this.doc);
    const cuts = this.cuts;
    if (
      cuts?.people === this.people &&
      cuts.settings.anonymous === settings.anonymous &&
      cuts.settings.showOrganisations === settings.showOrganisations
    ) {
      return cuts;
    }
    return (this.cuts = new DirectoryCuts(this.people, settings));
  }

  private readonly onControl = (event: Y.YMapEvent<unknown>) => {
    const keys = event.keysChanged;
    if (keys.has(CONTROL.anonymous) || keys.has(CONTROL.showOrganisations)) this.resend();
  };

  /**
   * A card or comment by someone this room does not know: they joined through another instance
   * (whose catalogue change this one did not hear), so the people are read again, once per id.
   */
  private readonly onEntries = (event: Y.YMapEvent<unknown>) => {
    if (!this.source || !this.ready) return;
    const map = event.target as Y.Map<unknown>;
    for (const key of event.keysChanged) {
      const entry = map.get(key);
      if (!(entry instanceof Y.Map)) continue;
      const author = entry.get(
        map === this.doc.getMap(ROOT.cards) ? CARD.authorId : COMMENT.authorId,
      );
      if (typeof author !== 'string' || this.known.has(author) || this.looked.has(author)) continue;
      this.looked.add(author);
      this.refresh();
    }
  };
}
