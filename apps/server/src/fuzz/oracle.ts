import { CARD, COMMENT, PARTICIPANT, ROOT } from '@tavolo/board';
import * as Y from 'yjs';

/** What the oracle knows besides the document: who joined, and which client ids are whose. */
export interface OracleContext {
  /** The state vector before the run: content up to it was there already (the demo). */
  readonly initial: ReadonlyMap<number, number>;
  /** Participants by id, with the name and organisation they joined with. */
  readonly joined: ReadonlyMap<string, { readonly name: string; readonly organisation: string }>;
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
const MAP_ENTRIES = new Set<string>([ROOT.cards, ROOT.comments, ROOT.groups]);

/**
 * The root name and keys from it down to items, remembered per parent type: boards may hold
 * maps nested thousands deep, and walking up from every item would be quadratic.
 */
class Paths {
  private readonly ofType = new Map<unknown, string[] | null>();

  constructor(private readonly doc: Y.Doc) {
    for (const [name, type] of doc.share) this.ofType.set(type, [name]);
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
      chain.push(current);
      const holder = current instanceof Y.AbstractType ? current._item : null;
      if (!holder || holder.parentSub === null) {
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
 * 3. every card and comment written during the run names as author someone who joined, and a
 *    participant's entries carry the name and organisation it joined with, as its profile does;
 * 4. a client id that is not a moderator's or the secretariat's wrote as one participant only,
 *    and only where a participant may write (its profile, its votes, its cards and comments);
 * 5. no client id an observer made up appears;
 * 6. the state vector has at most `maxClients` client ids.
 */
export function violations(doc: Y.Doc, ctx: OracleContext): string[] {
  const found = new Set<string>();
  const wroteAs = new Map<number, Set<string>>();
  const paths = new Paths(doc);
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

/** Whom a write at `path` speaks for; null where no participant may write, undefined if unknown. */
function ownerOf(doc: Y.Doc, path: string[]): string | null | undefined {
  const [root, key] = path as [string, string];
  if (root === ROOT.participants) return key;
  if (root === ROOT.votes) return key.split('/')[0];
  const authorKey = AUTHORED[root];
  if (!authorKey) return null;
  const entry = doc.getMap(root).get(key);
  const author = entry instanceof Y.Map ? entry.get(authorKey) : undefined;
  return typeof author === 'string' ? author : undefined;
}

/** Rule 2 and 3 on the entries of cards, comments and participants written during the run. */
function entryViolations(doc: Y.Doc, ctx: OracleContext): string[] {
  const out: string[] = [];
  for (const root of [ROOT.cards, ROOT.comments, ROOT.groups]) {
    doc.getMap(root).forEach((entry, key) => {
      const item = doc.getMap(root)._map.get(key)!;
      if (!during(ctx, item.id)) return;
      if (!(entry instanceof Y.Map)) return void out.push(`2: ${root}/${key} is not a Y.Map`);
      const authorKey = AUTHORED[root];
      if (!authorKey) return;
      const author = entry.get(authorKey);
      if (typeof author !== 'string' || !ctx.identities.has(author)) {
        return void out.push(
          `3: ${root}/${key} is authored by ${JSON.stringify(author)}, who never joined`,
        );
      }
      const joined = ctx.joined.get(author);
      const name = entry.get(root === ROOT.cards ? CARD.authorName : COMMENT.authorName);
      const organisation = entry.get(
        root === ROOT.cards ? CARD.organisation : COMMENT.organisation,
      );
      // A name or organisation that is there is the joined one (an author may remove them).
      const forged =
        (name !== undefined && name !== joined?.name) ||
        (organisation !== undefined && organisation !== joined?.organisation);
      if (joined && forged) {
        out.push(`3: ${root}/${key} names ${String(name)} (${String(organisation)}) for ${author}`);
      }
    });
  }
  doc.getMap<Record<string, unknown>>(ROOT.participants).forEach((profile, key) => {
    const item = doc.getMap(ROOT.participants)._map.get(key)!;
    if (!during(ctx, item.id)) return;
    const joined = ctx.joined.get(key);
    const name = profile?.[PARTICIPANT.name];
    const organisation = profile?.[PARTICIPANT.organisation];
    if (!joined || name !== joined.name || organisation !== joined.organisation) {
      out.push(`3: participants/${key} says ${String(name)} (${String(organisation)})`);
    }
  });
  return out;
}

/** Rule 1 and 5 on one update as it was relayed. */
export function updateViolations(update: Uint8Array, ctx: OracleContext): string[] {
  const out: string[] = [];
  for (const s of Y.decodeUpdate(update).structs) {
    if (ctx.observers.has(s.id.client)) out.push(`5: observer client ${s.id.client} was relayed`);
    // Consecutive deleted entries travel merged (ContentDeleted): only values count.
    const values = s instanceof Y.Item && !(s.content instanceof Y.ContentDeleted);
    if (values && s.parentSub !== null && s.length !== 1) {
      out.push(`1: relayed map entry with ${s.length} values at ${s.id.client}:${s.id.clock}`);
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
