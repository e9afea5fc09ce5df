import {
  initTable,
  newId,
  readAgenda,
  setAgenda,
  setPhase,
  type Actor,
  type Phase,
} from '@tavolo/board';
import * as Y from 'yjs';
import { signToken, type Role, type TokenClaims } from '../auth/tokens.js';
import type { DocStore } from '../store/DocStore.js';
import { CLOSE } from '../sync/Socket.js';
import type { Rooms } from '../sync/Rooms.js';
import { tableRecord, TableRegistry, type TableRecord } from '../tables/TableRegistry.js';
import type { CatalogDb } from './CatalogDb.js';
import { EventRegistry, type EventRecord } from './EventRegistry.js';
import { Invitations, type Invitation } from './Invitations.js';
import { Participants } from './Participants.js';
import { retiredHash, slug, uniqueId } from './ids.js';
import { migrateCatalog } from './schema.js';
import { TablePeople } from './TablePeople.js';

/** How long a participant's session lasts after joining (revoked with its invitation). */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * How long a moderator's or observer's token lasts: they open more than a participant, so
 * their tokens are short-lived and renewed (POST /api/session/renew, or in-band on the socket)
 * for as long as their invitation stays valid.
 */
export const SHORT_SESSION_TTL_MS = 2 * 60 * 60 * 1000;

/** How long a token of `role` lasts from when it is issued. */
export function sessionTtl(role: Role): number {
  return role === 'participant' ? SESSION_TTL_MS : SHORT_SESSION_TTL_MS;
}

/**
 * A token's holder's session as the catalogue knows it. No name: who may see a person's name is
 * decided in privacy/visibility.ts, and a connection needs none.
 */
export interface Session {
  /** The invitation the session came from; revoking it ends the session. */
  readonly invitationId: string | null;
}

/** Why a token can no longer be used or renewed, though its signature is good. */
export type SessionProblem = 'token_revoked' | 'token_expired';

/** How long a moderator's invitation made for a named moderator stays valid. */
export const MODERATOR_INVITATION_TTL_MS = 90 * 24 * 60 * 60 * 1000;

/** The server acting on a board (closing it on archive). */
const SERVER_ACTOR: Actor = { id: 'tavolo', role: 'secretariat' };

/** A new table of an event. */
export interface NewEventTable {
  readonly id?: string;
  readonly title: string;
  readonly templateId: string;
  readonly cluster: string;
  readonly area: string;
  readonly moderators: TableRecord['moderators'];
  readonly openJoin?: boolean;
  readonly phase?: Phase;
  /** Adds content to a new board (the demo's cards); not applied to a board stored already. */
  readonly fill?: (doc: Y.Doc) => void;
}

/**
 * The secretariat's operations over events, tables, invitations and participants, keeping the
 * catalogue (SQLite) and the boards (document store, live rooms) consistent.
 */
export class Catalog {
  readonly events: EventRegistry;
  readonly tables: TableRegistry;
  readonly invitations: Invitations;
  readonly participants: Participants;
  /** The people of each table, and who listens for changes to them. */
  readonly people: TablePeople;
  private readonly revocationListeners = new Set<(invitationId: string) => void>();

  private constructor(
    private readonly db: CatalogDb,
    private readonly store: DocStore,
    private readonly rooms: Rooms,
    private readonly secret: Uint8Array,
  ) {
    this.events = new EventRegistry(db);
    this.tables = new TableRegistry(db);
    this.invitations = new Invitations(db, secret);
    this.participants = new Participants(db);
    this.people = new TablePeople(this.participants);
  }

  /** Opens the catalogue, creating or upgrading its tables first. */
  static async open(db: CatalogDb, store: DocStore, rooms: Rooms, secret: Uint8Array) {
    await migrateCatalog(db);
    return new Catalog(db, store, rooms, secret);
  }

  /**
   * Creates an event with its tables, all or nothing: the boards are stored first (a board no
   * table lists is invisible), then the event and its tables in one catalogue transaction; when
   * anything fails (a full disk, say), the boards stored for it are removed again.
   */
  async createEvent(
    input: Omit<EventRecord, 'id' | 'archivedAt' | 'createdAt'>,
    now: number,
    tables: readonly NewEventTable[] = [],
  ): Promise<{ event: EventRecord; tables: TableRecord[] }> {
    const id = await uniqueId(slug(input.title), async (c) => !!(await this.events.find(c)));
    const event: EventRecord = { ...input, id, archivedAt: null, createdAt: now };
    const records = await this.tableRecords(id, tables, 0, now);
    await this.withBoards(records, tables, () =>
      this.db.batch([
        EventRegistry.insertion(event),
        ...records.map((r) => TableRegistry.insertion(r)),
      ]),
    );
    for (const record of records) await this.inviteModerators(record, now);
    return { event, tables: records };
  }

  /** Creates a table (of an event, at its end) and its initial board, all or nothing. */
  async createTable(
    eventId: string | null,
    input: NewEventTable,
    now: number,
  ): Promise<TableRecord> {
    const position = eventId ? (await this.tables.listByEvent(eventId)).length : 0;
    const [record] = await this.tableRecords(eventId, [input], position, now);
    await this.withBoards([record!], [input], () =>
      this.db.run(...TableRegistry.insertion(record!)),
    );
    await this.inviteModerators(record!, now);
    return record!;
  }

  private async tableRecords(
    eventId: string | null,
    tables: readonly NewEventTable[],
    firstPosition: number,
    now: number,
  ): Promise<TableRecord[]> {
    const chosen = new Set<string>();
    const records: TableRecord[] = [];
    for (const [i, t] of tables.entries()) {
      const id =
        t.id ??
        (await uniqueId(
          slug(t.title),
          async (c) => chosen.has(c) || !!(await this.tables.find(c)) || (await this.isRetired(c)),
        ));
      chosen.add(id);
      records.push(
        tableRecord({
          id,
          eventId,
          title: t.title,
          templateId: t.templateId,
          cluster: t.cluster,
          area: t.area,
          moderators: t.moderators,
          openJoin: t.openJoin ?? false,
          position: firstPosition + i,
          createdAt: now,
        }),
      );
    }
    return records;
  }

  /** Stores the tables' initial boards, then runs `register`; undoes the boards if either fails. */
  private async withBoards(
    records: readonly TableRecord[],
    inputs: readonly NewEventTable[],
    register: () => Promise<unknown>,
  ): Promise<void> {
    const stored: string[] = [];
    try {
      for (const [i, record] of records.entries()) {
        if (await this.storeInitialBoard(record.id, inputs[i]!)) stored.push(record.id);
      }
      await register();
    } catch (err) {
      // Best effort: the error that matters is the one that made the creation fail.
      for (const id of stored) await this.store.delete(id).catch(() => {});
      throw err;
    }
  }

  /**
   * Writes a new table's initial board; true when the board is new. Several instances sharing
   * storage may seed the same table: the first one's board stands (and is not undone here).
   */
  private async storeInitialBoard(id: string, input: NewEventTable): Promise<boolean> {
    const doc = new Y.Doc();
    try {
      const existing = await this.store.load(id);
      const fresh = !existing.snapshot && existing.updates.length === 0;
      if (existing.snapshot) Y.applyUpdate(doc, existing.snapshot);
      for (const update of existing.updates) Y.applyUpdate(doc, update);
      const before = Y.encodeStateVector(doc);
      initTable(doc, {
        tableId: id,
        title: input.title,
        templateId: input.templateId,
        phase: input.phase ?? 'preparation',
      });
      if (fresh) input.fill?.(doc);
      const update = Y.encodeStateAsUpdate(doc, before);
      if (Y.decodeUpdate(update).structs.length > 0) await this.store.append(id, [update]);
      return fresh;
    } finally {
      doc.destroy();
    }
  }

  /**
   * Gives each moderator the secretariat named on a table a moderator's invitation of their own,
   * labelled with their name, unless a usable one with that label exists already (so editing
   * the table again makes no duplicates). Returns the invitations made.
   */
  async inviteModerators(table: TableRecord, now: number): Promise<Invitation[]> {
    const existing = await this.invitations.list(table.id);
    const usable = new Set(
      existing
        .filter((i) => i.role === 'moderator' && i.revokedAt === null && i.expiresAt > now)
        .map((i) => i.label),
    );
    const made: Invitation[] = [];
    for (const moderator of table.moderators) {
      const label = moderator.name.trim();
      if (label === '' || usable.has(label)) continue;
      usable.add(label);
      made.push(
        await this.invitations.create({
          tableId: table.id,
          role: 'moderator',
          label,
          expiresAt: now + MODERATOR_INVITATION_TTL_MS,
          now,
        }),
      );
    }
    return made;
  }

  /** True when the table belongs to an archived event: it is read-only for everyone. */
  async isArchived(table: TableRecord): Promise<boolean> {
    if (!table.eventId) return false;
    return ((await this.events.find(table.eventId))?.archivedAt ?? null) !== null;
  }

  /** Archives an event: its boards are closed and every connection becomes read-only. */
  async archiveEvent(eventId: string, now: number): Promise<EventRecord | undefined> {
    const event = await this.events.patch(eventId, { archivedAt: now });
    if (!event) return undefined;
    for (const table of await this.tables.listByEvent(eventId)) {
      await this.rooms.change(table.id, (doc) => setPhase(doc, SERVER_ACTOR, 'closed'));
      this.rooms.reconnectAll(table.id, CLOSE.serviceRestart, 'event archived');
    }
    return event;
  }

  /**
   * Replaces a table's agenda (planned milliseconds per phase) in its board, live in its room
   * if open; returns the agenda as stored. The board checks it first, so a bad one writes nothing.
   */
  async setAgenda(
    tableId: string,
    agenda: Partial<Record<Phase, number>>,
  ): Promise<Partial<Record<Phase, number>>> {
    let stored: Partial<Record<Phase, number>> = {};
    await this.rooms.change(tableId, (doc) => {
      setAgenda(doc, SERVER_ACTOR, agenda);
      stored = readAgenda(doc);
    });
    return stored;
  }

  /** Deletes an event and everything of it: boards, logs, invitations, participants. */
  async deleteEvent(eventId: string, now = Date.now()): Promise<boolean> {
    if (!(await this.events.find(eventId))) return false;
    const tables = await this.tables.listByEvent(eventId);
    for (const table of tables) await this.rooms.evict(table.id, CLOSE.notFound, 'table deleted');
    await this.db.batch([
      ...tables.map((t) => TableRegistry.deletion(t.id)),
      // The ids stay taken, so no old link or token ever opens a new table. Only a hash is
      // kept: deleting an event leaves no readable trace of its tables' titles.
      ...tables.map(
        (t) =>
          [
            'INSERT INTO retired_table_ids (id_hash, retired_at) VALUES (?, ?)',
            [retiredHash(t.id), now],
          ] as const,
      ),
      EventRegistry.deletion(eventId),
    ]);
    // Deleted rows are zeroed (SQLite's secure_delete) and the WAL folded back: no copy remains.
    await this.db.afterErase();
    return true;
  }

  /** True when a deleted table had this id: it is never given to another table. */
  private async isRetired(id: string): Promise<boolean> {
    return !!(await this.db.get('SELECT id_hash FROM retired_table_ids WHERE id_hash = ?', [
      retiredHash(id),
    ]));
  }

  /** Revokes an invitation: its tokens stop working and its open sockets are closed. */
  async revokeInvitation(id: string, now: number): Promise<boolean> {
    const revoked = await this.invitations.revoke(id, now);
    if (revoked) for (const listener of this.revocationListeners) listener(id);
    return revoked;
  }

  /** Calls `listener` with the id of every invitation revoked from now on. */
  onInvitationRevoked(listener: (invitationId: string) => void): () => void {
    this.revocationListeners.add(listener);
    return () => this.revocationListeners.delete(listener);
  }

  /**
   * Whether a token's holder may still act: its person is still recorded at that table and the
   * invitation it came from was not revoked. The secretariat's token names no person.
   */
  async session(claims: TokenClaims): Promise<Session | SessionProblem> {
    if (claims.role === 'secretariat') {
      return { invitationId: null };
    }
    const person = await this.participants.find(claims.participantId);
    if (!person || person.tableId !== claims.tableId || person.role !== claims.role) {
      return 'token_revoked';
    }
    const invitationId = person.invitationId ?? claims.inv ?? null;
    if (invitationId !== null) {
      const invitation = await this.invitations.find(invitationId);
      if (!invitation || invitation.revokedAt !== null) return 'token_revoked';
    }
    return { invitationId };
  }

  /**
   * A fresh token for a moderator's or observer's session whose invitation is still valid
   * (unrevoked, unexpired); participants keep their long-lived token.
   */
  async renew(claims: TokenClaims, now: number): Promise<string | SessionProblem> {
    const session = await this.session(claims);
    if (typeof session === 'string') return session;
    const person = await this.participants.find(claims.participantId);
    const invitation = person?.invitationId
      ? await this.invitations.find(person.invitationId)
      : undefined;
    if (invitation && invitation.expiresAt <= now) return 'token_expired';
    const renewed: TokenClaims = { ...claims, exp: now + sessionTtl(claims.role) };
    return signToken(renewed, this.secret);
  }

  /** Accepts an invitation: records the person and issues the token their socket presents. */
  async accept(
    invitation: Invitation,
    person: { name: string; organisation: string; consent: boolean },
    now: number,
  ) {
    return this.admit(invitation.tableId, invitation.role, person, invitation.id, now);
  }

  /** Records a person at a table and signs their token. */
  async admit(
    tableId: string,
    role: Role,
    person: { name: string; organisation: string; consent: boolean },
    invitationId: string | null,
    now: number,
  ) {
    const participantId = newId();
    await this.people.add({
      id: participantId,
      tableId,
      role,
      name: person.name,
      organisation: person.organisation,
      consent: person.consent,
      invitationId,
      joinedAt: now,
    });
    const claims: TokenClaims = {
      tableId,
      role,
      participantId,
      exp: now + sessionTtl(role),
      inv: invitationId,
    };
    return { token: signToken(claims, this.secret), claims };
  }

  /** A token for the secretariat's own screens: every table, for a working day. */
  secretariatToken(now: number): string {
    return signToken(
      { tableId: '*', role: 'secretariat', participantId: 'secretariat', exp: now + 12 * 3600_000 },
      this.secret,
    );
  }

  /** The participants' invitation of a table that is still valid, creating one when missing. */
  async participantInvitation(tableId: string, now: number): Promise<Invitation> {
    const usable = (await this.invitations.list(tableId)).find(
      (i) => i.role === 'participant' && i.revokedAt === null && i.expiresAt > now + 3600_000,
    );
    return (
      usable ??
      this.invitations.create({
        tableId,
        role: 'participant',
        label: 'Partecipanti',
        expiresAt: now + SESSION_TTL_MS,
        now,
      })
    );
  }
}
