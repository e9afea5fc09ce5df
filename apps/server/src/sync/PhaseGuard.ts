import {
  countedVotes,
  CONTROL,
  DOC_SHAPE,
  isRoot,
  participantWriteRefusal,
  readRawVotes,
  readVoteBudget,
  ROOT,
  targetSection,
  type RawVote,
} from '@tavolo/board';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { Touched, Writer } from './authorizeUpdate.js';

/** One of a writer's edits the server did not accept, and why (sent to that writer). */
export interface Rejection {
  readonly root: string;
  readonly key: string;
  readonly reason: string;
}

/** What the phase rules make of one participant update. */
export interface Ruling {
  /** The server's update that undoes what was not accepted, stored and sent right after it. */
  readonly compensation: Uint8Array | null;
  /** The fresh client id the compensation writes under (to bind to the server), if any. */
  readonly serverClient: number | null;
  readonly rejected: readonly Rejection[];
}

type Decoded = ReturnType<typeof Y.decodeUpdate>;
type Kind = 'cards' | 'votes';

/**
 * Phases, the lock and closing, held on the server. A participant's write that the board's
 * current state forbids (a card while locked or closed, a vote outside voting or beyond the
 * budget) is stored as sent — so the writer's clocks stay continuous and it can keep syncing —
 * and undone at once by a server update in the same commit, and the writer is told why. An
 * offline backlog is honoured: a connection that has not yet received the change it writes
 * against, within `graceMs` of when such writes were last allowed, gets its edits accepted
 * (a late vote is then counted into the frozen result). A connected client cannot write past
 * a change it has already received.
 */
/** How long an offline edit made while allowed is honoured after the change (TAVOLO_PHASE_GRACE_MS). */
export const DEFAULT_GRACE_MS = 10 * 60_000;

/** Until when cards and votes were allowed (Infinity: still), as of `at`. */
export interface AllowedUntil {
  readonly cards: number;
  readonly votes: number;
  readonly at: number;
}

/**
 * What this process remembers of its rooms' phase guards after they closed, for their next
 * instance; kept only as long as it can matter (the grace period).
 */
export class PhaseMemory {
  private readonly rooms = new Map<string, AllowedUntil>();

  constructor(private readonly graceMs: number) {}

  keep(room: string, allowed: AllowedUntil): void {
    for (const [name, kept] of this.rooms) {
      if (kept.at < allowed.at - this.graceMs) this.rooms.delete(name);
    }
    this.rooms.set(room, allowed);
  }

  /** What was kept of `room`, once: the instance that takes it remembers from then on. */
  take(room: string): AllowedUntil | undefined {
    const kept = this.rooms.get(room);
    this.rooms.delete(room);
    return kept;
  }
}

export class PhaseGuard {
  private epochCount = 0;
  private readonly allowedUntil: Record<Kind, number>;
  private state: { phase: unknown; locked: unknown; cards: boolean; votes: boolean };

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: { readonly now: () => number; readonly graceMs: number },
  ) {
    this.state = this.read();
    // What was allowed before this server started is not known: no grace from before then.
    this.allowedUntil = {
      cards: this.state.cards ? Infinity : -Infinity,
      votes: this.state.votes ? Infinity : -Infinity,
    };
  }

  /**
   * Reads the board again once it is loaded: what is allowed now starts from here, or from
   * what this process remembers of the room's last instance (it closed when everyone left): an
   * offline edit made while allowed must not lose its grace because the room was unloaded.
   */
  reset(remembered?: AllowedUntil): void {
    this.state = this.read();
    for (const kind of ['cards', 'votes'] as const) {
      const before = remembered?.[kind];
      if (this.state[kind]) this.allowedUntil[kind] = Infinity;
      else if (before === undefined) this.allowedUntil[kind] = -Infinity;
      // Allowed when the last instance closed, not now: it stopped while the room was unloaded.
      else if (before === Infinity && remembered) this.allowedUntil[kind] = remembered.at;
      else this.allowedUntil[kind] = before;
    }
  }

  /** Until when each kind of write was allowed, to hand to the room's next instance. */
  remember(): AllowedUntil {
    return { ...this.allowedUntil, at: this.options.now() };
  }

  /** Counts changes of phase or lock; a connection that saw the latest one is held to it. */
  get epoch(): number {
    return this.epochCount;
  }

  /** Call after every change applied to the board: notes when writes stopped being allowed. */
  noteApplied(): void {
    const next = this.read();
    if (next.phase !== this.state.phase || next.locked !== this.state.locked) this.epochCount++;
    const now = this.options.now();
    for (const kind of ['cards', 'votes'] as const) {
      if (next[kind]) this.allowedUntil[kind] = Infinity;
      else if (this.state[kind]) this.allowedUntil[kind] = now;
    }
    this.state = next;
  }

  /**
   * The ruling on a participant's update: null when it stands as sent. `pending` are the
   * updates admitted before it and not yet in the board; `seenEpoch` the last epoch its
   * connection received.
   */
  rule(
    writer: Writer,
    touched: readonly Touched[],
    decoded: Decoded,
    update: Uint8Array,
    pending: () => readonly Uint8Array[],
    seenEpoch: number,
  ): Ruling | null {
    if (writer.role !== 'participant' || touched.length === 0) return null;
    const rejected: Rejection[] = [];
    const lateVotes: RawVote[] = [];
    const now = this.options.now();
    for (const entry of touched) {
      const kind = kindOf(entry.root);
      if (!kind) continue;
      const refusal = participantWriteRefusal(this.doc, entry.root);
      if (!refusal) continue;
      const backlog = seenEpoch < this.epochCount;
      if (backlog && now - this.allowedUntil[kind] <= this.options.graceMs) {
        const vote = kind === 'votes' ? createdVote(entry, this.doc) : null;
        if (vote) lateVotes.push(vote);
        continue;
      }
      rejected.push({ root: entry.root, key: entry.key, reason: refusal });
    }
    if (participantWriteRefusal(this.doc, ROOT.votes) === null) {
      rejected.push(...this.overBudget(touched));
    }
    const late = this.countLate(lateVotes);
    if (rejected.length === 0 && late.length === 0) return null;
    // By key, not by search: one message may cast tens of thousands of votes.
    const entries = new Map(touched.map((t) => [`${t.root}\u0000${t.key}`, t.entry]));
    const created = rejected.map((r) => {
      const entry = entries.get(`${r.root}\u0000${r.key}`);
      return entry && !this.doc.getMap(r.root).has(r.key) ? entry : null;
    });
    if (late.length === 0 && created.every((entry) => entry !== null)) {
      return { compensation: deletion(created as Y.Item[]), serverClient: null, rejected };
    }
    return this.restore(rejected, late, update, pending, decoded);
  }

  /** Votes the update casts that would not count: over the budget, or on nothing. */
  private overBudget(touched: readonly Touched[]): Rejection[] {
    const cast = touched.flatMap((t) => {
      const vote = createdVote(t, this.doc);
      return vote ? [vote] : [];
    });
    if (cast.length === 0) return [];
    const exists = (target: string, section: string) => targetSection(this.doc, target) === section;
    const all = [...readRawVotes(this.doc), ...cast];
    const counted = new Set(
      countedVotes(all, readVoteBudget(this.doc), exists, null).map((v) => v.id),
    );
    return cast
      .filter((v) => !counted.has(v.id))
      .map((v) => ({
        root: ROOT.votes,
        key: `${v.voterId}/${v.id}`,
        reason: exists(v.target, v.section) ? 'over_budget' : 'unknown_target',
      }));
  }

  /** Late votes that fit the budget, to add to the result frozen when voting closed. */
  private countLate(votes: readonly RawVote[]): RawVote[] {
    const frozen = this.doc.getMap(ROOT.control).get(CONTROL.countedVotes);
    if (votes.length === 0 || !Array.isArray(frozen)) return [];
    const exists = (target: string, section: string) => targetSection(this.doc, target) === section;
    const ids = new Set([...(frozen as string[]), ...votes.map((v) => v.id)]);
    const all = [...readRawVotes(this.doc), ...votes];
    const counted = new Set(countedVotes(all, readVoteBudget(this.doc), exists, ids));
    return votes.filter((v) => counted.has(v));
  }

  /**
   * Undoes rejected edits of existing entries (and adds honoured late votes to the frozen
   * result) on a scratch copy of the board as it will be, writing under a fresh client id.
   */
  private restore(
    rejected: readonly Rejection[],
    late: readonly RawVote[],
    update: Uint8Array,
    pending: () => readonly Uint8Array[],
    decoded: Decoded,
  ): Ruling {
    const scratch = new Y.Doc();
    while (Y.getState(this.doc.store, scratch.clientID) > 0 || usesClient(decoded, scratch)) {
      scratch.clientID = Math.floor(Math.random() * 0xffffffff);
    }
    try {
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(this.doc));
      for (const earlier of pending()) Y.applyUpdate(scratch, earlier);
      const before = rejected.map((r) => readEntry(scratch, r.root, r.key));
      Y.applyUpdate(scratch, update);
      const sv = Y.encodeStateVector(scratch);
      scratch.transact(() => {
        rejected.forEach((r, i) => writeEntry(scratch, r.root, r.key, before[i]));
        if (late.length > 0) {
          const control = scratch.getMap(ROOT.control);
          const frozen: unknown = control.get(CONTROL.countedVotes);
          // An update waiting before this one may have reopened voting (the frozen list is
          // gone): the late vote then counts like any other.
          if (Array.isArray(frozen)) {
            const counted = new Set(frozen);
            const added = late.map((v) => v.id).filter((id) => !counted.has(id));
            control.set(CONTROL.countedVotes, [...frozen, ...added]);
          }
        }
      });
      const compensation = Y.encodeStateAsUpdate(scratch, sv);
      return { compensation, serverClient: scratch.clientID, rejected };
    } finally {
      scratch.destroy();
    }
  }

  private read() {
    const control = this.doc.getMap(ROOT.control);
    return {
      phase: control.get(CONTROL.phase),
      locked: control.get(CONTROL.locked),
      cards: participantWriteRefusal(this.doc, ROOT.cards) === null,
      votes: participantWriteRefusal(this.doc, ROOT.votes) === null,
    };
  }
}

function kindOf(root: string): Kind | null {
  if (root === ROOT.cards || root === ROOT.comments) return 'cards';
  return root === ROOT.votes ? 'votes' : null;
}

/** The vote an update casts under `touched`, when it creates one. */
function createdVote(touched: Touched, doc: Y.Doc): RawVote | null {
  if (touched.root !== ROOT.votes || !touched.entry || doc.getMap(ROOT.votes).has(touched.key)) {
    return null;
  }
  const content = touched.entry.content;
  const value = content instanceof Y.ContentAny ? (content.getContent()[0] as unknown) : null;
  const slash = touched.key.indexOf('/');
  if (slash <= 0 || typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  return {
    id: touched.key.slice(slash + 1),
    voterId: touched.key.slice(0, slash),
    target: String(v.target ?? ''),
    section: String(v.section ?? ''),
    at: Number(v.at ?? 0),
  };
}

/** A delete-only update removing the given entry items (their fields go with them). */
function deletion(items: readonly Y.Item[]): Uint8Array {
  const byClient = new Map<number, number[]>();
  for (const item of items) {
    const clocks = byClient.get(item.id.client);
    if (clocks) clocks.push(item.id.clock);
    else byClient.set(item.id.client, [item.id.clock]);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, byClient.size);
  for (const [client, clocks] of byClient) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, clocks.length);
    for (const clock of clocks.sort((a, b) => a - b)) {
      encoding.writeVarUint(e, clock);
      encoding.writeVarUint(e, 1);
    }
  }
  return encoding.toUint8Array(e);
}

function usesClient(decoded: Decoded, doc: Y.Doc): boolean {
  return decoded.structs.some((s) => s.id.client === doc.clientID);
}

/** An entry as plain data: a map entry's fields, a value entry's value; undefined if absent. */
function readEntry(doc: Y.Doc, root: string, key: string): unknown {
  const value = doc.getMap(root).get(key);
  return value instanceof Y.Map ? value.toJSON() : value;
}

/** Makes an entry what `before` says, writing only where it differs. */
function writeEntry(doc: Y.Doc, root: string, key: string, before: unknown): void {
  const map = doc.getMap(root);
  if (before === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  const isMapEntry = isRoot(root) && DOC_SHAPE[root].kind === 'map';
  if (!isMapEntry) {
    if (JSON.stringify(map.get(key)) !== JSON.stringify(before)) map.set(key, before);
    return;
  }
  const fields = before as Record<string, unknown>;
  let current = map.get(key);
  if (!(current instanceof Y.Map)) {
    current = new Y.Map<unknown>();
    map.set(key, current);
  }
  const entry = current as Y.Map<unknown>;
  for (const [field, value] of Object.entries(fields)) {
    if (JSON.stringify(entry.get(field)) !== JSON.stringify(value)) entry.set(field, value);
  }
  for (const field of [...entry.keys()]) if (!(field in fields)) entry.delete(field);
}
