import * as Y from 'yjs';

/**
 * Where an item sits: the root map it is under and the first-level key of that map.
 * `garbage` marks content that the room has already garbage-collected: writing there is a no-op.
 */
export type Place = Located | 'garbage';

/** A resolved place in the live document. */
export interface Located {
  readonly root: string;
  /** First-level key under the root (a card id, a vote key…); null for a non-map insert. */
  readonly key: string | null;
  /** The item itself is a direct child of the first-level entry, under this key. */
  readonly field: string | null;
}

type Decoded = ReturnType<typeof Y.decodeUpdate>;
type DecodedStruct = Decoded['structs'][number];

/**
 * Looks up items by id across updates that are decoded but not yet applied (the one being
 * checked and those waiting for their group commit), then the room's document.
 */
export class UpdateIndex {
  private readonly byClient = new Map<number, Y.Item[]>();
  private rootNames: Map<unknown, string> | null = null;

  constructor(private readonly doc: Y.Doc) {}

  /** Makes a decoded update's items findable. */
  add(decoded: Decoded): void {
    for (const struct of decoded.structs) {
      if (!(struct instanceof Y.Item)) continue;
      const list = this.byClient.get(struct.id.client) ?? [];
      list.push(struct);
      this.byClient.set(struct.id.client, list);
    }
  }

  private findDecoded(id: Y.ID): Y.Item | undefined {
    const list = this.byClient.get(id.client);
    return list?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
  }

  private findStored(id: Y.ID): Y.Item | 'garbage' | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined;
    try {
      const struct = Y.getItem(this.doc.store, id);
      return struct instanceof Y.Item ? struct : 'garbage';
    } catch {
      return undefined;
    }
  }

  private find(id: Y.ID): Y.Item | 'garbage' | undefined {
    return this.findDecoded(id) ?? this.findStored(id);
  }

  /** The place of an item inserted by a decoded update; null when it cannot be resolved. */
  placeOf(struct: DecodedStruct, depth = 0): Place | null {
    if (!(struct instanceof Y.Item) || depth > 64) return null;
    const parent = struct.parent as unknown;
    if (typeof parent === 'string') return { root: parent, key: struct.parentSub, field: null };
    if (parent instanceof Y.ID) {
      const holder = this.find(parent);
      if (holder === undefined) return null;
      if (holder === 'garbage') return holder;
      const up = this.isDecoded(holder)
        ? this.placeOf(holder, depth + 1)
        : this.placeOfStored(holder);
      return child(up, struct.parentSub);
    }
    // Parent info is omitted when the item has an origin: it shares its origin's parent.
    const neighbour = struct.origin ?? struct.rightOrigin;
    if (!neighbour) return null;
    const sibling = this.find(neighbour);
    if (sibling === undefined) return null;
    if (sibling === 'garbage') return sibling;
    return this.isDecoded(sibling) ? this.placeOf(sibling, depth + 1) : this.placeOfStored(sibling);
  }

  /** The place of an item already in the room's document. */
  placeOfStored(item: Y.Item): Place | null {
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    if (parent._item === null)
      return { root: this.rootName(parent), key: item.parentSub, field: null };
    return child(this.placeOfStored(parent._item), item.parentSub);
  }

  /** Places of every stored or pending item a delete set removes; null if any is unknown. */
  placesDeleted(ds: Decoded['ds']): Place[] | null {
    const places: Place[] = [];
    for (const [client, ranges] of ds.clients) {
      for (const range of ranges) {
        let clock = range.clock;
        const end = range.clock + range.len;
        while (clock < end) {
          const id = Y.createID(client, clock);
          const decoded = this.findDecoded(id);
          const item = decoded ?? this.findStored(id);
          if (item === undefined) return null;
          if (item === 'garbage') {
            clock++;
            continue;
          }
          if (decoded || !item.deleted) {
            const place = decoded ? this.placeOf(decoded) : this.placeOfStored(item);
            if (!place) return null;
            places.push(place);
          }
          clock = item.id.clock + item.length;
        }
      }
    }
    return places;
  }

  private isDecoded(item: Y.Item): boolean {
    return this.findDecoded(item.id) === item;
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
  if (up === null || up === 'garbage') return up;
  return { ...up, field: up.field === null && up.key !== null ? key : '(nested)' };
}
