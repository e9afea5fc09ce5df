import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import type { Actor } from './Actor.js';
import { BoardError } from './BoardError.js';
import type { CreateOptions } from './CreateOptions.js';
import { assertRunsTable, readPhase } from './guard.js';
import { CARD, GROUP, META, ROOT, SECTION } from './keys.js';
import { newId } from './newId.js';
import { isCardKind, type CardKind, type SectionDef } from './templates.js';

/** The most sections a board holds: past a dozen, a table is several tables. */
export const MAX_SECTIONS = 12;

/** The longest section title, in characters. */
export const MAX_SECTION_TITLE = 80;

/** A section as stored: its definition, its place in the board and whether it was removed. */
export interface SectionEntry extends SectionDef {
  /** Fractional index; sections sort by it as a string, then by id. */
  readonly order: string;
  readonly removed: boolean;
}

/** What a moderator gives to add a section: its card kind, title and (optionally) place. */
export interface NewSection {
  readonly kind: CardKind;
  readonly title: string;
  /** Where among the sections it goes (0 = first); at the end when absent. */
  readonly index?: number;
}

function sectionsOf(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(ROOT.sections);
}

/** Board order: by fractional index, ties (two moderators placing at once) broken by id. */
function byOrder(a: SectionEntry, b: SectionEntry): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The section list a board before schema 4 kept in `meta` (valid entries only, each id once);
 * empty when there is none.
 */
export function readLegacySections(doc: Y.Doc): SectionDef[] {
  const legacy = doc.getMap(ROOT.meta).get(META.sections);
  if (!Array.isArray(legacy)) return [];
  const seen = new Set<string>();
  const defs: SectionDef[] = [];
  for (const raw of legacy as unknown[]) {
    if (!raw || typeof raw !== 'object') continue;
    const { id, kind, title } = raw as Record<string, unknown>;
    if (typeof id !== 'string' || id === '' || seen.has(id) || !isCardKind(kind)) continue;
    seen.add(id);
    defs.push(typeof title === 'string' && title !== '' ? { id, kind, title } : { id, kind });
  }
  return defs;
}

/**
 * Every section entry, removed ones included, in board order. A board the server has not
 * migrated yet (a device's stored copy, read before it syncs) shows its old list meanwhile.
 */
export function readSectionEntries(doc: Y.Doc): SectionEntry[] {
  if (sectionsOf(doc).size === 0) {
    const legacy = readLegacySections(doc);
    if (legacy.length > 0) {
      const keys = generateNKeysBetween(null, null, legacy.length);
      return legacy.map((def, i) => ({ ...def, order: keys[i]!, removed: false }));
    }
  }
  const entries: SectionEntry[] = [];
  sectionsOf(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const kind = map.get(SECTION.kind);
    if (!isCardKind(kind)) return;
    const title = map.get(SECTION.title);
    const order = map.get(SECTION.order);
    entries.push({
      id,
      kind,
      ...(typeof title === 'string' && title !== '' ? { title } : {}),
      order: typeof order === 'string' ? order : '',
      removed: map.get(SECTION.removed) === true,
    });
  });
  return entries.sort(byOrder);
}

/**
 * The sections a board shows, in board order: every section not removed, and a removed one
 * that holds a card after all (written offline while a moderator removed it) until it is
 * empty again. Every operation treats exactly these as the board's sections.
 */
export function readLiveSections(doc: Y.Doc): SectionEntry[] {
  const entries = readSectionEntries(doc);
  if (!entries.some((s) => s.removed)) return entries;
  const holding = new Set<unknown>();
  doc.getMap<Y.Map<unknown>>(ROOT.cards).forEach((card) => {
    if (card instanceof Y.Map) holding.add(card.get(CARD.section));
  });
  return entries.filter((s) => !s.removed || holding.has(s.id));
}

/** The definition alone (id, kind, title), as readers see a section. */
export function sectionDef(entry: SectionEntry): SectionDef {
  return entry.title === undefined
    ? { id: entry.id, kind: entry.kind }
    : { id: entry.id, kind: entry.kind, title: entry.title };
}

/** The sections of an initialised table, in board order (see readLiveSections). */
export function readSections(doc: Y.Doc): readonly SectionDef[] {
  return readLiveSections(doc).map(sectionDef);
}

/** Writes one section map; used by templates, the migration and addSection. */
export function writeSection(doc: Y.Doc, def: SectionDef, order: string): void {
  const map = new Y.Map<unknown>();
  map.set(SECTION.id, def.id);
  map.set(SECTION.kind, def.kind);
  if (def.title !== undefined) map.set(SECTION.title, def.title);
  map.set(SECTION.order, order);
  sectionsOf(doc).set(def.id, map);
}

/** Lays sections out in the given order, in an empty `sections` root (a new or migrated board). */
export function writeSections(doc: Y.Doc, defs: readonly SectionDef[]): void {
  const keys = generateNKeysBetween(null, null, defs.length);
  defs.forEach((def, i) => writeSection(doc, def, keys[i]!));
}

/** Throws unless the actor may shape this board's sections now. */
function assertShapes(doc: Y.Doc, actor: Actor): void {
  assertRunsTable(actor);
  const meta = doc.getMap(ROOT.meta);
  if (!meta.has(META.schemaVersion)) {
    throw new BoardError('not_initialised', 'This board has not been set up yet.');
  }
  // Its sections move into their own root when the server migrates it: edit them after that.
  if (meta.has(META.sections)) {
    throw new BoardError('not_initialised', 'This board is being updated: try again shortly.');
  }
  if (readPhase(doc) === 'closed') throw new BoardError('phase_closed', 'The table is closed.');
}

function liveEntry(doc: Y.Doc, sectionId: string): { entry: SectionEntry; map: Y.Map<unknown> } {
  const entry = readLiveSections(doc).find((s) => s.id === sectionId);
  const map = sectionsOf(doc).get(sectionId);
  if (!entry || !(map instanceof Y.Map)) {
    throw new BoardError('unknown_section', `Unknown section "${sectionId}".`);
  }
  return { entry, map };
}

/** Checks a section title: text, trimmed, not empty, at most MAX_SECTION_TITLE characters. */
export function checkSectionTitle(value: unknown): string {
  if (typeof value !== 'string') {
    throw new BoardError('invalid_field', 'A section title is text.', 'title');
  }
  const title = value.trim().replace(/\s+/g, ' ');
  if (title === '') throw new BoardError('text_empty', 'A section needs a title.', 'title');
  if ([...title].length > MAX_SECTION_TITLE) {
    throw new BoardError(
      'text_too_long',
      `A section title has at most ${MAX_SECTION_TITLE} characters.`,
      'title',
    );
  }
  return title;
}

/**
 * A key that puts a section at `index` among `others` (in board order), or null when the
 * neighbours leave no room (two moderators gave two sections the same key): then every
 * section is numbered afresh.
 */
function keyAt(others: readonly SectionEntry[], index: number): string | null {
  try {
    return generateKeyBetween(others[index - 1]?.order ?? null, others[index]?.order ?? null);
  } catch {
    return null;
  }
}

/** Gives every live section a fresh key, in the order given. */
function renumber(doc: Y.Doc, ordered: readonly string[]): void {
  const keys = generateNKeysBetween(null, null, ordered.length);
  ordered.forEach((id, i) => {
    const map = sectionsOf(doc).get(id);
    if (map instanceof Y.Map && map.get(SECTION.order) !== keys[i]) {
      map.set(SECTION.order, keys[i]);
    }
  });
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined) return length;
  if (!Number.isInteger(index)) {
    throw new BoardError('invalid_field', 'A position is a whole number.', 'index');
  }
  return Math.min(Math.max(index, 0), length);
}

/** Adds a section collecting cards of one kind; returns its id. Moderators and the secretariat. */
export function addSection(
  doc: Y.Doc,
  actor: Actor,
  section: NewSection,
  options: Pick<CreateOptions, 'id'> = {},
): string {
  assertShapes(doc, actor);
  if (!isCardKind(section.kind)) {
    throw new BoardError('invalid_field', `Unknown card kind "${String(section.kind)}".`, 'kind');
  }
  const title = checkSectionTitle(section.title);
  const live = readLiveSections(doc);
  if (live.length >= MAX_SECTIONS) {
    throw new BoardError('too_many_sections', `A board has at most ${MAX_SECTIONS} sections.`);
  }
  const index = clampIndex(section.index, live.length);
  const id = options.id ?? newId();
  if (sectionsOf(doc).has(id)) {
    throw new BoardError('invalid_field', `A section "${id}" exists already.`, 'id');
  }
  doc.transact(() => {
    const key = keyAt(live, index);
    if (key !== null) {
      writeSection(doc, { id, kind: section.kind, title }, key);
      return;
    }
    writeSection(doc, { id, kind: section.kind, title }, '');
    const ids = live.map((s) => s.id);
    ids.splice(index, 0, id);
    renumber(doc, ids);
  });
  return id;
}

/** Renames a section (a template's one too: its own title then replaces the built-in one). */
export function renameSection(doc: Y.Doc, actor: Actor, sectionId: string, title: string): void {
  assertShapes(doc, actor);
  const { entry, map } = liveEntry(doc, sectionId);
  const checked = checkSectionTitle(title);
  if (entry.title === checked) return;
  doc.transact(() => map.set(SECTION.title, checked));
}

/** Moves a section to `index` (0 = first) among the board's sections. */
export function moveSection(doc: Y.Doc, actor: Actor, sectionId: string, index: number): void {
  assertShapes(doc, actor);
  const { map } = liveEntry(doc, sectionId);
  const live = readLiveSections(doc);
  const others = live.filter((s) => s.id !== sectionId);
  const to = clampIndex(index, others.length);
  if (live[to]?.id === sectionId) return;
  doc.transact(() => {
    const key = keyAt(others, to);
    if (key !== null) {
      map.set(SECTION.order, key);
      return;
    }
    const ids = others.map((s) => s.id);
    ids.splice(to, 0, sectionId);
    renumber(doc, ids);
  });
}

/** The number of cards (duplicates merged away included) a section holds. */
export function countSectionCards(doc: Y.Doc, sectionId: string): number {
  let n = 0;
  doc.getMap<Y.Map<unknown>>(ROOT.cards).forEach((card) => {
    if (card instanceof Y.Map && card.get(CARD.section) === sectionId) n++;
  });
  return n;
}

/**
 * Removes an empty section and its (empty) groups. A section holding a card is refused with
 * `section_not_empty`: the moderator moves or deletes its cards first. The section is kept as a
 * tombstone, so a card written offline into it meanwhile still shows (in it) when it arrives.
 */
export function removeSection(doc: Y.Doc, actor: Actor, sectionId: string): void {
  assertShapes(doc, actor);
  const { map } = liveEntry(doc, sectionId);
  const cards = countSectionCards(doc, sectionId);
  if (cards > 0) {
    throw new BoardError(
      'section_not_empty',
      `The section holds ${cards} card(s): move or delete them before removing it.`,
    );
  }
  doc.transact(() => {
    map.set(SECTION.removed, true);
    const groups = doc.getMap<Y.Map<unknown>>(ROOT.groups);
    for (const [id, group] of [...groups.entries()]) {
      if (group instanceof Y.Map && group.get(GROUP.section) === sectionId) groups.delete(id);
    }
  });
}
