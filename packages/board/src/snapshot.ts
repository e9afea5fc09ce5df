import * as Y from 'yjs';
import { readAgenda, readPhaseStartedAt, readTimer, type Spotlight } from './control.js';
import { EMPTY_DIRECTORY, type Directory } from './directory.js';
import { EMPTY_FIELDS, type CardFields } from './fields.js';
import { readLocked, readPhase } from './guard.js';
import { CARD, COMMENT, CONTROL, GROUP, META, ROOT } from './keys.js';
import { CardCache, type RawCard } from './CardCache.js';
import { shareStructure } from './shareStructure.js';
import { readSections } from './sections.js';
import { readSchemaVersion } from './table.js';
import type { CardKind } from './templates.js';
import type { BoardSnapshot, Card, Comment, Group, Item, Section } from './types.js';
import { readCountedVotes, readVoteBudget } from './votes.js';

/**
 * Reads a board as plain, frozen data. A reader keeps one instance per document; between
 * calls it reuses every object whose content did not change, so `a === b` means "unchanged"
 * and React re-renders only what changed.
 *
 * The document names authors by id only: their names and organisations come from the
 * reader's `directory` (what the server lets this reader see), '' where it has none.
 */
export class BoardReader {
  private last: BoardSnapshot | null = null;
  private cache: CardCache | null = null;
  private directory: Directory = EMPTY_DIRECTORY;

  /** The current snapshot of `doc`, structurally shared with the previous one. */
  snapshot(doc: Y.Doc, directory: Directory = EMPTY_DIRECTORY): BoardSnapshot {
    if (this.cache?.doc !== doc) {
      this.cache?.destroy();
      this.cache = new CardCache(doc);
    }
    // Finished cards carry names: a new directory may name their authors differently.
    if (directory !== this.directory) this.cache.finished.clear();
    this.directory = directory;
    this.last = shareStructure(this.last, buildSnapshot(doc, directory, this.cache));
    this.cache.adopt(this.last);
    return this.last;
  }
}

/**
 * A one-off snapshot, for readers that do not re-render (the paper, the server); authors are
 * named from `directory`.
 */
export function snapshot(doc: Y.Doc, directory: Directory = EMPTY_DIRECTORY): BoardSnapshot {
  // No cache: it would observe the document for as long as the document lives.
  return shareStructure(null, buildSnapshot(doc, directory));
}

/** The name and organisation a reader may see of an author: '' for what is hidden. */
function identityOf(directory: Directory, authorId: string) {
  const entry = Object.prototype.hasOwnProperty.call(directory, authorId)
    ? directory[authorId]
    : undefined;
  return { authorName: entry?.name ?? '', organisation: entry?.organisation ?? '' };
}

function buildSnapshot(
  doc: Y.Doc,
  directory: Directory,
  cache: CardCache | null = null,
): BoardSnapshot {
  const control = doc.getMap(ROOT.control);
  const meta = doc.getMap(ROOT.meta);
  const groupMaps = doc.getMap<Y.Map<unknown>>(ROOT.groups);

  const raw = new Map<string, RawCard>();
  doc.getMap<Y.Map<unknown>>(ROOT.cards).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    let card = cache?.raw.get(id);
    if (!card) {
      card = readCard(map, id, groupMaps);
      cache?.raw.set(id, card);
    }
    raw.set(id, card);
  });
  const roots = new Map<string, string>();
  for (const id of raw.keys()) roots.set(id, mergeRoot(raw, id));
  const root = (id: string) => roots.get(id)!;
  // The cards merged into each card (directly or down a chain), found once for all cards.
  const mergedInto = new Map<string, RawCard[]>();
  for (const c of raw.values()) {
    const target = root(c.id);
    if (c.mergedInto === null || target === c.id) continue;
    const list = mergedInto.get(target) ?? [];
    list.push(c);
    mergedInto.set(target, list);
  }

  const votes = readCountedVotes(doc);
  const cardVotes = new Map<string, number>();
  const groupVotes = new Map<string, number>();
  for (const vote of votes) {
    if (raw.has(vote.target)) bump(cardVotes, root(vote.target));
    else bump(groupVotes, vote.target);
  }

  const comments = new Map<string, Comment[]>();
  let commentCount = 0;
  doc.getMap<Y.Map<unknown>>(ROOT.comments).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const comment = readComment(map, id, directory);
    if (!raw.has(comment.cardId)) return;
    commentCount++;
    const list = comments.get(comment.cardId) ?? [];
    list.push(comment);
    comments.set(comment.cardId, list);
  });

  const finished = new Map<string, Card>();
  const finish = (id: string): Card => {
    const done = finished.get(id);
    if (done) return done;
    const rawCard = raw.get(id)!;
    const merged = (mergedInto.get(id) ?? []).sort(byCreation).map((c) => finish(c.id));
    const votes =
      (cardVotes.get(id) ?? 0) + merged.reduce((n, m) => n + (cardVotes.get(m.id) ?? 0), 0);
    const ownComments = (comments.get(id) ?? []).sort(byCreation);
    // A plain card (nothing merged into it, no comments) whose reading and votes are unchanged
    // is the very object of the last snapshot: a change to the card drops it from the cache.
    const kept = cache?.finished.get(id);
    const plain = merged.length === 0 && ownComments.length === 0;
    if (kept && plain && kept.votes === votes) {
      finished.set(id, kept);
      return kept;
    }
    const { mergedInto: _mergedInto, ...card } = rawCard;
    const result: Card = {
      ...card,
      ...identityOf(directory, card.authorId),
      votes,
      merged,
      comments: ownComments,
    };
    finished.set(id, result);
    if (cache && plain) cache.finished.set(id, result);
    return result;
  };

  const sections: Section[] = readSections(doc).map((def) => {
    const cards = [...raw.values()]
      .filter((c) => c.section === def.id && root(c.id) === c.id)
      .sort(byCreation)
      .map((c) => finish(c.id));
    const groups: Group[] = [];
    groupMaps.forEach((map, id) => {
      if (!(map instanceof Y.Map) || map.get(GROUP.section) !== def.id) return;
      const members = cards.filter((c) => c.groupId === id);
      groups.push({
        id,
        section: def.id,
        heading: String(map.get(GROUP.heading) ?? ''),
        createdAt: Number(map.get(GROUP.createdAt) ?? 0),
        cards: members,
        votes: (groupVotes.get(id) ?? 0) + members.reduce((n, c) => n + c.votes, 0),
      });
    });
    groups.sort(byCreation);
    const items: Item[] = [
      ...groups.map((group) => ({
        type: 'group' as const,
        id: group.id,
        votes: group.votes,
        group,
      })),
      ...cards
        .filter((card) => card.groupId === null)
        .map((card) => ({ type: 'card' as const, id: card.id, votes: card.votes, card })),
    ];
    const created = (item: Item) =>
      item.type === 'group' ? item.group.createdAt : item.card.createdAt;
    items.sort((a, b) => b.votes - a.votes || created(a) - created(b) || (a.id < b.id ? -1 : 1));
    return {
      ...def,
      cards,
      groups,
      ranked: items,
      votes: votes.filter((v) => v.section === def.id).length,
    };
  });

  const spotlight = control.get(CONTROL.spotlight) as Spotlight | undefined;
  return {
    tableId: String(meta.get(META.tableId) ?? ''),
    title: String(meta.get(META.title) ?? ''),
    templateId: String(meta.get(META.templateId) ?? ''),
    schemaVersion: readSchemaVersion(doc),
    phase: readPhase(doc),
    timer: readTimer(doc),
    locked: readLocked(doc),
    spotlight:
      spotlight && typeof spotlight === 'object' && typeof spotlight.id === 'string'
        ? { kind: spotlight.kind === 'group' ? 'group' : 'card', id: spotlight.id }
        : null,
    voteBudget: readVoteBudget(doc),
    anonymous: control.get(CONTROL.anonymous) === true,
    showOrganisations: control.get(CONTROL.showOrganisations) !== false,
    conclusions: String(control.get(CONTROL.conclusions) ?? ''),
    agenda: readAgenda(doc),
    phaseStartedAt: readPhaseStartedAt(doc),
    sections,
    votes,
    totals: {
      cards: sections.reduce((n, s) => n + s.cards.length, 0),
      votes: votes.length,
      comments: commentCount,
    },
  };
}

/**
 * The card a card is merged into, following chains. A merge cycle (two moderators merging
 * two cards into each other at once) is broken the same way everywhere: the smallest id wins.
 */
function mergeRoot(cards: ReadonlyMap<string, RawCard>, id: string): string {
  const seen: string[] = [];
  let current = id;
  while (true) {
    const next = cards.get(current)?.mergedInto;
    if (next === null || next === undefined || !cards.has(next)) return current;
    if (seen.includes(current)) {
      const cycle = seen.slice(seen.indexOf(current));
      return cycle.reduce((a, b) => (a < b ? a : b));
    }
    seen.push(current);
    current = next;
  }
}

function readCard(map: Y.Map<unknown>, id: string, groups: Y.Map<Y.Map<unknown>>): RawCard {
  const str = (key: string) => String(map.get(key) ?? '');
  const groupId = map.get(CARD.groupId);
  const mergedInto = map.get(CARD.mergedInto);
  const fields = {} as Record<keyof CardFields, unknown>;
  for (const key of Object.keys(EMPTY_FIELDS) as (keyof CardFields)[]) {
    const value = map.get(CARD[key]);
    fields[key] = value === undefined ? EMPTY_FIELDS[key] : value;
  }
  return {
    ...(fields as unknown as CardFields),
    id,
    section: str(CARD.section),
    kind: (str(CARD.kind) || 'note') as CardKind,
    authorId: str(CARD.authorId),
    createdAt: Number(map.get(CARD.createdAt) ?? 0),
    text: str(CARD.text),
    groupId: typeof groupId === 'string' && groups.has(groupId) ? groupId : null,
    mergedInto: typeof mergedInto === 'string' && mergedInto !== id ? mergedInto : null,
  };
}

function readComment(map: Y.Map<unknown>, id: string, directory: Directory): Comment {
  const str = (key: string) => String(map.get(key) ?? '');
  const authorId = str(COMMENT.authorId);
  const editedAt = map.get(COMMENT.editedAt);
  return {
    id,
    cardId: str(COMMENT.cardId),
    authorId,
    ...identityOf(directory, authorId),
    text: str(COMMENT.text),
    createdAt: Number(map.get(COMMENT.createdAt) ?? 0),
    editedAt: typeof editedAt === 'number' ? editedAt : null,
  };
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function byCreation<T extends { createdAt: number; id: string }>(a: T, b: T): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
