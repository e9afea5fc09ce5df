import * as Y from 'yjs';

/**
 * Where an item sits: the root map it is under and the first-level key of that map.
 * `garbage` marks content that the room has already garbage-collected: writing there is a no-op.
 * `invalid` marks an item whose parent is not a map (Yjs could not integrate it).
 */
export type Place = Located | 'garbage' | 'invalid';

/** A resolved place in the live document. */
export interface Located {
  readonly root: string;
  /** First-level key under the root (a card id, a vote key…); null for a non-map insert. */
  readonly key: string | null;
  /**
   * The item itself is a direct child of the first-level entry, under this key; NESTED when it
   * sits deeper (or in a sequence), which no part of the board does.
   */
  readonly field: string | null;
}

/** The `field` of an item nested below the fields of a first-level entry. */
export const NESTED = '(nested)';

type Decoded = ReturnType<typeof Y.decodeUpdate>;
type DecodedStruct = Decoded['structs'][number];

/** One client's structs from decoded updates, kept sorted by clock for binary search. */
class ClientStructs {
  private structs: Array<Y.Item | Y.GC> = [];
  private sorted = true;

  push(struct: Y.Item | Y.GC): void {
    const last = this.structs[this.structs.length - 1];
    if (last && last.id.clock > struct.id.clock) this.sorted = false;
    this.structs.push(struct);
  }

  private list(): Array<Y.Item | Y.GC> {
    if (!this.sorted) {
      this.structs.sort((a, b) => a.id.clock - b.id.clock);
      this.sorted = true;
    }
    return this.structs;
  }

  /** The struct covering `clock`, if any. */
  find(clock: number): Y.Item | Y.GC | undefined {
    const list = this.list();
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid]!;
      if (clock < s.id.clock) hi = mid - 1;
      else if (clock >= s.id.clock + s.length) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** The clock after the contiguous run that starts at or before `from`. */
  extend(from: number): number {
    let next = from;
    for (const s of this.list()) {
      if (s.id.clock > next) break;
      next = Math.max(next, s.id.clock + s.length);
    }
    return next;
  }
}

/**
 * Looks up items by id across updates that are decoded but not yet applied, then the room's
 * document. Layers stack: the room keeps one index of the updates waiting for their group
 * commit, and each check adds the update under test on a light layer above it.
 */
export class UpdateIndex {
  private readonly byClient = new Map<number, ClientStructs>();
  private readonly nextClocks = new Map<number, number>();
  private readonly places = new Map<Y.Item, Place | null>();
  /** First-level entries (a Y.Map under a root key) that decoded updates create. */
  private readonly entries = new Map<string, Y.Item>();
  /** Plain values set on children of decoded items, by the parent's id and the key. */
  private readonly fields = new Map<string, Map<string, unknown>>();
  private rootNames: Map<unknown, string> | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly base: UpdateIndex | null = null,
  ) {}

  /** Makes a decoded update's structs findable. */
  add(decoded: Decoded): void {
    for (const struct of decoded.structs) {
      if (!(struct instanceof Y.Item) && !(struct instanceof Y.GC)) continue;
      let list = this.byClient.get(struct.id.client);
      if (!list) this.byClient.set(struct.id.client, (list = new ClientStructs()));
      list.push(struct);
      // In the common case a struct continues what is known: extend the cached next clock at
      // once, instead of walking the client's structs again (a backlog of thousands of
      // updates, admitted one by one, would otherwise cost the square of its length).
      const next = this.nextClocks.get(struct.id.client);
      if (next !== undefined && struct.id.clock <= next) {
        this.nextClocks.set(struct.id.client, Math.max(next, struct.id.clock + struct.length));
      } else this.nextClocks.delete(struct.id.client);
      if (struct instanceof Y.Item) this.remember(struct);
    }
  }

  private remember(item: Y.Item): void {
    const parent = item.parent as unknown;
    if (item.parentSub === null) return;
    if (typeof parent === 'string' && item.content instanceof Y.ContentType) {
      this.entries.set(`${parent}\u0000${item.parentSub}`, item);
    } else if (parent instanceof Y.ID && item.content instanceof Y.ContentAny) {
      const key = `${parent.client}:${parent.clock}`;
      const values = this.fields.get(key) ?? new Map<string, unknown>();
      values.set(item.parentSub, item.content.getContent()[0]);
      this.fields.set(key, values);
    }
  }

  /**
   * A field of a first-level entry that exists only in decoded updates (created but not yet
   * committed), or undefined when no decoded update creates that entry or sets that field.
   */
  pendingField(root: string, key: string, field: string): unknown {
    const entry = this.entries.get(`${root}\u0000${key}`);
    if (entry) {
      const value = this.fields.get(`${entry.id.client}:${entry.id.clock}`)?.get(field);
      if (value !== undefined) return value;
    }
    return this.base?.pendingField(root, key, field);
  }

  /**
   * True when every struct of `decoded` continues its client's clock sequence from what the
   * room has or is committing. A gap would leave the update pending inside Yjs: the server's
   * state vector would lag behind content it relays, and honest clients would send others'
   * content back to it.
   */
  continuesClocks(decoded: Decoded): boolean {
    for (const struct of decoded.structs) {
      if (struct instanceof Y.Skip) continue;
      if (struct.id.clock > this.nextClock(struct.id.client)) return false;
    }
    return true;
  }

  /**
   * True when the room already has all of `struct`, in its document or in an update admitted
   * before the one under test. Yjs ignores such a struct, so it changes nothing: a client's sync
   * reply, computed from a state vector that was current when it was asked for, may repeat
   * others' edits that reached the room meanwhile.
   */
  alreadyHas(struct: DecodedStruct): boolean {
    const client = struct.id.client;
    const next = this.base ? this.base.nextClock(client) : Y.getState(this.doc.store, client);
    return struct.id.clock + struct.length <= next;
  }

  /** The first clock of `client` that neither the document nor a decoded update holds. */
  nextClock(client: number): number {
    let next = this.nextClocks.get(client);
    if (next === undefined) {
      next = this.base ? this.base.nextClock(client) : Y.getState(this.doc.store, client);
      next = this.byClient.get(client)?.extend(next) ?? next;
      this.nextClocks.set(client, next);
    }
    return next;
  }

  /**
   * The decoded struct at `id`. A layer answers only for clocks below it (its base, or the
   * document) does not have: what was there first is what Yjs keeps, so a struct an update
   * repeats (a reloaded client replays its whole local copy; a hostile one sends other content
   * under the same clocks) is judged by the one the room holds, never by the repetition.
   */
  private findDecoded(id: Y.ID): Y.Item | Y.GC | undefined {
    const below = this.base
      ? this.base.nextClock(id.client)
      : Y.getState(this.doc.store, id.client);
    if (id.clock < below) return this.base?.findDecoded(id);
    return this.byClient.get(id.client)?.find(id.clock);
  }

  private findStored(id: Y.ID): Y.Item | 'garbage' | undefined {
    const struct = this.findStoredStruct(id);
    return struct === undefined || struct instanceof Y.Item ? struct : 'garbage';
  }

  private find(id: Y.ID): Y.Item | 'garbage' | undefined {
    const decoded = this.findDecoded(id);
    if (decoded) return decoded instanceof Y.Item ? decoded : 'garbage';
    return this.findStored(id);
  }

  /**
   * The place of an item inserted by a decoded update; null when it cannot be resolved.
   * An item with a left or right origin omits its parent and shares its neighbour's; chains of
   * such neighbours (a map key rewritten many times) are walked iteratively and remembered.
   */
  placeOf(struct: DecodedStruct, depth = 0): Place | null {
    if (!(struct instanceof Y.Item)) return null;
    if (depth > 2) return 'invalid';
    const chain: Y.Item[] = [];
    // A set, not chain.includes: a chain of a hundred thousand rewrites must stay linear.
    const seen = new Set<Y.Item>();
    let current = struct;
    let result: Place | null = null;
    for (;;) {
      const known = this.places.get(current);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (seen.has(current)) break;
      seen.add(current);
      chain.push(current);
      const parent = current.parent as unknown;
      if (typeof parent === 'string') {
        result = { root: parent, key: current.parentSub, field: null };
        break;
      }
      if (parent instanceof Y.ID) {
        result = child(this.placeOfHolder(parent, depth), current.parentSub);
        break;
      }
      const neighbour = current.origin ?? current.rightOrigin;
      const sibling = neighbour ? this.find(neighbour) : undefined;
      if (sibling === undefined || sibling === 'garbage') {
        result = sibling ?? null;
        break;
      }
      if (!this.isDecoded(sibling)) {
        result = this.placeOfStored(sibling);
        break;
      }
      current = sibling;
    }
    for (const item of chain) this.places.set(item, result);
    return result;
  }

  private placeOfHolder(id: Y.ID, depth: number): Place | null {
    const holder = this.find(id);
    if (holder === undefined) return null;
    if (holder === 'garbage') return holder;
    // A deleted holder is garbage to Yjs: what is written under it is collected on arrival.
    if (holder.content instanceof Y.ContentDeleted) return 'garbage';
    if (!(holder.content instanceof Y.ContentType)) return 'invalid';
    const place = this.isDecoded(holder)
      ? this.placeOf(holder, depth + 1)
      : this.placeOfStored(holder);
    // Nothing below the fields is ever read: stop walking up as soon as nesting shows.
    if (place && typeof place === 'object' && place.field !== null) {
      return { ...place, field: NESTED };
    }
    return place;
  }

  /** The place of an item already in the room's document. */
  placeOfStored(item: Y.Item): Place | null {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    if (parent._item === null)
      return { root: this.rootName(parent), key: item.parentSub, field: null };
    let up: Y.Item | null = parent._item;
    // Stored content is never nested deeper than a field, but do not trust that blindly.
    let depth = 0;
    while (up.parent instanceof Y.AbstractType && up.parent._item !== null && depth < 2) {
      up = up.parent._item;
      depth++;
    }
    if (depth > 0) {
      const top = up.parent instanceof Y.AbstractType ? up.parent : null;
      return top ? { root: this.rootName(top), key: up.parentSub, field: NESTED } : null;
    }
    return child(this.placeOfStored(parent._item), item.parentSub);
  }

  /**
   * Places of every stored or pending item a delete set removes; null if any is unknown. The
   * work is bounded by the structs the ranges cover, never by the lengths a client declares:
   * each step jumps to the end of the struct found at the current clock.
   */
  placesDeleted(ds: Decoded['ds']): Place[] | null {
    const places: Place[] = [];
    for (const [client, ranges] of ds.clients) {
      for (const range of ranges) {
        let clock = range.clock;
        const end = range.clock + range.len;
        while (clock < end) {
          const id = Y.createID(client, clock);
          const found = this.findDecoded(id);
          const stored = this.findStoredStruct(id);
          if (!found && !stored) return null;
          // A repeated item the document holds is judged by the stored one (findDecoded):
          // deleting what is deleted already changes nothing.
          const decoded = found instanceof Y.Item ? found : undefined;
          const struct = decoded ?? (found instanceof Y.GC ? found : (stored ?? found!));
          if (struct instanceof Y.Item && (decoded || !struct.deleted)) {
            const place = decoded ? this.placeOf(decoded) : this.placeOfStored(struct);
            if (!place) return null;
            places.push(place);
          }
          clock = struct.id.clock + struct.length;
        }
      }
    }
    return places;
  }

  /** The stored struct (item or garbage) covering `id`, if the document has that clock. */
  private findStoredStruct(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined;
    try {
      const struct = Y.getItem(this.doc.store, id) as unknown;
      return struct instanceof Y.Item || struct instanceof Y.GC ? struct : undefined;
    } catch {
      return undefined;
    }
  }

  /** Decoded, not integrated: its parent is a root's name, an id or unknown, never a type. */
  private isDecoded(item: Y.Item): boolean {
    return !(item.parent instanceof Y.AbstractType);
  }

  private rootName(type: unknown): string {
    if (!this.rootNames) {
      this.rootNames = new Map();
      for (const [name, t] of this.doc.share) this.rootNames.set(t, name);
    }
    const name = this.rootNames.get(type);
    if (name !== undefined) return name;
    this.rootNames = null;
    for (const [n, t] of this.doc.share) if (t === type) return n;
    return '';
  }
}

/** The place of a child of the item at `up`, under `key`. */
function child(up: Place | null, key: string | null): Place | null {
  if (up === null || up === 'garbage' || up === 'invalid') return up;
  return { ...up, field: up.field === null && up.key !== null && key !== null ? key : NESTED };
}
