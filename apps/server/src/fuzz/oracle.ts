import { CARD, COMMENT, DOC_SHAPE, LEGACY, ROOT } from '@tavolo/board';
import * as Y from 'yjs';

/** What the oracle knows besides the document: who joined, and which client ids are whose. */
export interface OracleContext {
  /** The state vector before the run: content up to it was there already (the demo). */
  readonly initial: ReadonlyMap<number, number>;
  /** Everyone who joined in any role (participant ids, moderators, the secretariat). */
  readonly identities: ReadonlySet<string>;
  /** Client ids of the moderators' and secretariat's honest devices. */
  readonly privileged: ReadonlySet<number>;
  /** Client ids the observers made up; none may appear anywhere. */
  readonly observers: ReadonlySet<number>;
  /** The most client ids the document may have. */
  readonly maxClients: number;
}

/** Roots whose entries are Y.Maps written by their author. */
const AUTHORED: Record<string, string> = {
  [ROOT.cards]: CARD.authorId,
  [ROOT.comments]: COMMENT.authorId,
};
/** Roots whose entries are Y.Maps (cards, comments, groups, sections), as the board's shape says. */
const MAP_ENTRIES = new Set<string>(
  Object.entries(DOC_SHAPE)
    .filter(([, shape]) => shape.kind === 'map')
    .map(([root]) => root),
);
/** The fields of identity cards and comments carried before schema 3: no entry may have them. */
const IDENTITY_FIELDS = new Set<string>([LEGACY.authorName, LEGACY.organisation]);

/**
 * The root name and keys from it down to items, remembered per parent type: boards may hold
 * maps nested thousands deep, and walking up from every item would be quadratic.
 */
class Paths {
  private readonly ofType = new Map<unknown, string[] | null>();

  constructor(private readonly doc: Y.Doc) {}

  /**
   * The name of a root type, looked up when first met: `doc.getMap(name)` replaces a root an
   * update created (a bare AbstractType) with a new Y.Map and moves its items there, so the
   * roots of `doc.share` at any earlier moment may no longer be their items' parents.
   */
  private rootName(type: unknown): string | null {
    for (const [name, root] of this.doc.share) if (root === type) return name;
    return null;
  }

  /** ['cards', '<cardId>', 'text'] for a card's text; null when not in a map under a root. */
  of(item: Y.Item): string[] | null {
    if (item.parentSub === null) return null;
    const up = this.typePath(item.parent);
    return up && [...up, item.parentSub];
  }

  private typePath(type: unknown): string[] | null {
    const chain: unknown[] = [];
    let current = type;
    let known: string[] | null | undefined;
    while ((known = this.ofType.get(current)) === undefined) {
      const holder = current instanceof Y.AbstractType ? current._item : null;
      if (!holder) {
        const name = this.rootName(current);
        this.ofType.set(current, name === null ? null : [name]);
        continue;
      }
      chain.push(current);
      if (holder.parentSub === null) {
        known = null;
        break;
      }
      current = holder.parent;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const holder = (chain[i] as Y.AbstractType<unknown>)._item!;
      known = known && holder?.parentSub != null ? [...known.slice(0, 2), holder.parentSub] : null;
      this.ofType.set(chain[i], known);
    }
    return known ?? null;
  }
}

const during = (ctx: OracleContext, id: Y.ID) => id.clock >= (ctx.initial.get(id.client) ?? 0);

/**
 * Everything in `doc` that an honest rule forbids, in words (empty when all holds):
 * 1. every live map entry carries exactly one value;
 * 2. below a first-level entry there is no Y type, and cards, comments and groups are Y.Maps;
 * 3. every card and comment written during the run names as author (authorId) someone who
 *    joined, and identity never enters the document: no item of it, live or deleted, written by
 *    anyone at any time, holds a value under a name or an organisation field of an entry
 *    (`authorName`, `organisation`, as cards and comments carried before schema 3) or under the
 *    old `participants` root of profiles (a deleted item whose value was collected is fine);
 * 4. a client id that is not a moderator's or the secretariat's wrote as one participant only,
 *    and only where a participant may write (its votes, its cards and comments);
 * 5. no client id an observer made up appears;
 * 6. the state vector has at most `maxClients` client ids.
 */
export function violations(doc: Y.Doc, ctx: OracleContext): string[] {
  const found = new Set<string>();
  const wroteAs = new Map<number, Set<string>>();
  const paths = new Paths(doc);
  const profiles = doc.share.get(LEGACY.participantsRoot);
  for (const [client, structs] of doc.store.clients) {
    if (ctx.observers.has(client)) found.add(`5: observer client ${client} is in the document`);
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      const path = paths.of(struct);
      const where = `${path?.slice(0, 2).join('/') ?? 'a place under no root map'} (client ${client})`;
      // Yjs merges consecutive deleted entries of one client into one item: only live ones count.
      if (struct.parentSub !== null && struct.length !== 1 && !struct.deleted) {
        found.add(`1: map entry with ${struct.length} values at ${where}`);
      }
      const identity =
        identityAt(path) ??
        (struct.parent === profiles ? `${LEGACY.participantsRoot} (a list)` : null);
      if (identity && !(struct.content instanceof Y.ContentDeleted)) {
        const state = struct.deleted ? 'deleted, its value kept' : 'live';
        found.add(`3: ${identity} holds a value (${state}), written by client ${client}`);
      }
      if (!path) continue;
      if (struct.content instanceof Y.ContentType) {
        const nestedType = path.length > 2 || (path.length === 2 && !MAP_ENTRIES.has(path[0]!));
        if (nestedType) found.add(`2: a Y type below an entry at ${where}`);
      }
      if (!during(ctx, struct.id) || ctx.privileged.has(client) || struct.deleted) continue;
      // The server writes the client bindings under a client id it binds to itself.
      if (path[0] === ROOT.clients && isServerClient(doc, client)) continue;
      const owner = ownerOf(doc, path);
      if (owner === null) found.add(`4: a participant's client wrote ${where}`);
      else if (owner !== undefined) {
        const owners = wroteAs.get(client) ?? new Set();
        wroteAs.set(client, owners.add(owner));
      }
    }
  }
  for (const [client, owners] of wroteAs) {
    if (owners.size > 1) found.add(`4: client ${client} wrote as ${[...owners].join(' and ')}`);
  }
  for (const problem of entryViolations(doc, ctx)) found.add(problem);
  if (doc.store.clients.size > ctx.maxClients) {
    found.add(`6: ${doc.store.clients.size} client ids, more than ${ctx.maxClients}`);
  }
  return [...found];
}

/** True when the board binds `client` to the server itself (its own writes). */
function isServerClient(doc: Y.Doc, client: number): boolean {
  const binding = doc.getMap(ROOT.clients).get(String(client)) as unknown;
  const owner =
    typeof binding === 'object' && binding !== null ? (binding as { id?: unknown }).id : binding;
  return owner === '@server';
}

/**
 * Where an item at `path` would put someone's identity on the board (in words), if it would: a
 * name or organisation field of an entry, or anything under the old root of profiles.
 */
function identityAt(path: string[] | null): string | null {
  if (!path) return null;
  if (path[0] === LEGACY.participantsRoot) return `${path[0]}/${path[1] ?? ''}`;
  if (MAP_ENTRIES.has(path[0]!) && path.length >= 3 && IDENTITY_FIELDS.has(path[2]!)) {
    return `the ${path[2]} field of ${path[0]}/${path[1]}`;
  }
  return null;
}

/** Whom a write at `path` speaks for; null where no participant may write, undefined if unknown. */
function ownerOf(doc: Y.Doc, path: string[]): string | null | undefined {
  const [root, key] = path as [string, string];
  if (root === ROOT.votes) return key.split('/')[0];
  const authorKey = AUTHORED[root];
  if (!authorKey) return null;
  const entry = doc.getMap(root).get(key);
  const author = entry instanceof Y.Map ? entry.get(authorKey) : undefined;
  return typeof author === 'string' ? author : undefined;
}

/** Rule 2, and rule 3's authors, on the map entries (cards, comments, groups, sections) written during the run. */
function entryViolations(doc: Y.Doc, ctx: OracleContext): string[] {
  const out: string[] = [];
  for (const root of MAP_ENTRIES) {
    doc.getMap(root).forEach((entry, key) => {
      const item = doc.getMap(root)._map.get(key)!;
      if (!during(ctx, item.id)) return;
      if (!(entry instanceof Y.Map)) return void out.push(`2: ${root}/${key} is not a Y.Map`);
      const authorKey = AUTHORED[root];
      if (!authorKey) return;
      const author = entry.get(authorKey);
      if (typeof author !== 'string' || !ctx.identities.has(author)) {
        out.push(`3: ${root}/${key} is authored by ${JSON.stringify(author)}, who never joined`);
      }
    });
  }
  return out;
}

/**
 * Rule 1, 3 and 5 on one update as it was relayed. Of rule 3, what one update shows alone: a
 * value under a name or organisation field of an entry (its parent is an item, not a root) or
 * under the old root of profiles. (An item that names its left neighbour travels without its
 * key: the stored board, checked whole, shows where it went.)
 */
export function updateViolations(update: Uint8Array, ctx: OracleContext): string[] {
  const out: string[] = [];
  for (const s of Y.decodeUpdate(update).structs) {
    const at = `${s.id.client}:${s.id.clock}`;
    if (ctx.observers.has(s.id.client)) out.push(`5: observer client ${s.id.client} was relayed`);
    // Consecutive deleted entries travel merged (ContentDeleted): only values count.
    const values = s instanceof Y.Item && !(s.content instanceof Y.ContentDeleted);
    if (!values) continue;
    if (s.parentSub !== null && s.length !== 1) {
      out.push(`1: relayed map entry with ${s.length} values at ${at}`);
    }
    // Decoded, not integrated: a root parent is its name.
    const parent = s.parent as unknown;
    if (parent === LEGACY.participantsRoot) {
      out.push(`3: relayed ${LEGACY.participantsRoot}/${s.parentSub ?? ''} at ${at}`);
    } else if (parent instanceof Y.ID && s.parentSub !== null && IDENTITY_FIELDS.has(s.parentSub)) {
      out.push(`3: relayed a value under the ${s.parentSub} field of an entry at ${at}`);
    }
  }
  return out;
}

/**
 * 7. an honest client's edits are stored as it wrote them: each live item of its own client id
 * in its replica (synced at the end) is in the stored document with the same content, not
 * replaced by garbage or by someone else's content written under its clocks.
 */
export function lostHonestEdits(
  stored: Y.Doc,
  replica: Y.Doc,
  clients: readonly number[] = [replica.clientID],
): string[] {
  const out: string[] = [];
  for (const struct of clients.flatMap((c) => replica.store.clients.get(c) ?? [])) {
    const client = struct.id.client;
    if (!(struct instanceof Y.Item) || struct.deleted) continue;
    const where = `${client}:${struct.id.clock}`;
    if (Y.getState(stored.store, client) < struct.id.clock + struct.length) {
      out.push(`7: honest edit ${where} is not stored`);
      continue;
    }
    const kept = Y.getItem(stored.store, struct.id) as Y.Item | Y.GC;
    if (!(kept instanceof Y.Item)) out.push(`7: honest edit ${where} is stored as garbage`);
    else if (kept.id.clock === struct.id.clock && !sameContent(kept, struct)) {
      out.push(`7: honest edit ${where} is stored with other content`);
    }
  }
  return out;
}

function sameContent(a: Y.Item, b: Y.Item): boolean {
  if (a.content.constructor !== b.content.constructor) return false;
  if (a.content instanceof Y.ContentType) return true;
  return JSON.stringify(a.content.getContent()) === JSON.stringify(b.content.getContent());
}
