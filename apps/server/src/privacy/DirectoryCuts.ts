import {
  directoryFor,
  type ConnectedViewer,
  type TablePerson,
  type TableSettings,
} from './visibility.js';

/** What a connection was sent: its role's shared cut and its own entry, to tell a change. */
export interface CutKey {
  readonly shared: Uint8Array;
  readonly mine: string;
}

/** The people as one viewer sees them, as UTF-8 JSON, and what it is made of. */
export interface Cut {
  readonly json: Uint8Array;
  readonly key: CutKey;
}

/** A role's view of everyone else: the UTF-8 JSON of the whole cut, and where each entry lies. */
interface Shared {
  readonly bytes: Uint8Array;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const utf8 = new TextEncoder();

/**
 * The JSON of `directoryFor(viewer, settings, people)` for each connection of a room, byte for
 * byte, without deciding and encoding every entry again for every connection: what a viewer
 * sees of someone else depends only on the viewer's role, so the whole cut is encoded once per
 * role and a connection's cut is that, with its own entry put in place of the role's view of
 * it (two copies of bytes). Its directory was what a join storm spent most on (bench W6).
 * Holds for one list of people and one set of settings: make a new one when either changes.
 */
export class DirectoryCuts {
  private readonly byRole = new Map<string, Shared>();
  private readonly index = new Map<string, number>();

  constructor(
    readonly people: readonly TablePerson[],
    readonly settings: TableSettings,
  ) {
    people.forEach((p, i) => {
      if (!this.index.has(p.id)) this.index.set(p.id, i);
    });
  }

  cut(viewer: ConnectedViewer): Cut {
    const shared = this.shared(viewer.role);
    const self = this.index.get(viewer.participantId);
    if (self === undefined) return { json: shared.bytes, key: { shared: shared.bytes, mine: '' } };
    const own = directoryFor(viewer, this.settings, [this.people[self]!]);
    const mine = pair(viewer.participantId, own[viewer.participantId]);
    const mineBytes = utf8.encode(mine);
    const start = shared.starts[self]!;
    const end = shared.ends[self]!;
    const json = new Uint8Array(shared.bytes.length - (end - start) + mineBytes.length);
    json.set(shared.bytes.subarray(0, start), 0);
    json.set(mineBytes, start);
    json.set(shared.bytes.subarray(end), start + mineBytes.length);
    return { json, key: { shared: shared.bytes, mine } };
  }

  private shared(role: ConnectedViewer['role']): Shared {
    let shared = this.byRole.get(role);
    if (shared) return shared;
    // No person has the empty id: every entry is one seen by someone else.
    const seen = directoryFor({ role, participantId: '' }, this.settings, this.people);
    const parts = this.people.map((p) => utf8.encode(pair(p.id, seen[p.id])));
    const length = 2 + parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1);
    const bytes = new Uint8Array(length);
    const starts: number[] = [];
    const ends: number[] = [];
    let at = 0;
    bytes[at++] = 0x7b; // {
    parts.forEach((part, i) => {
      if (i > 0) bytes[at++] = 0x2c; // ,
      starts.push(at);
      bytes.set(part, at);
      at += part.length;
      ends.push(at);
    });
    bytes[at++] = 0x7d; // }
    shared = { bytes, starts, ends };
    this.byRole.set(role, shared);
    return shared;
  }
}

/** True when two cuts are the same bytes. */
export function sameCut(a: CutKey, b: CutKey): boolean {
  if (a.mine !== b.mine) return false;
  if (a.shared === b.shared) return true;
  return Buffer.from(a.shared.buffer, a.shared.byteOffset, a.shared.byteLength).equals(b.shared);
}

const pair = (id: string, entry: unknown) => `${JSON.stringify(id)}:${JSON.stringify(entry)}`;
