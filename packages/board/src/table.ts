import type * as Y from 'yjs';
import { BoardError } from './BoardError.js';
import { CONTROL, META, ROOT } from './keys.js';
import { eraseLegacyIdentities } from './legacyIdentities.js';
import type { Phase } from './phases.js';
import { readLegacySections, writeSections } from './sections.js';
import { findTemplate } from './templates.js';

/** Dots per person per section when the moderator set none. */
export const DEFAULT_VOTE_BUDGET = 3;

/** The document schema version this code writes. */
export const SCHEMA_VERSION = 4;

/** What a new table is made of. */
export interface NewTable {
  readonly tableId: string;
  readonly title: string;
  readonly templateId: string;
  /** The phase a new table starts in; 'preparation' unless said otherwise. */
  readonly phase?: Phase;
}

/** Writes a new table's layout into an empty document. Leaves an initialised one alone. */
export function initTable(doc: Y.Doc, table: NewTable): void {
  const template = findTemplate(table.templateId);
  if (!template) {
    throw new BoardError('unknown_template', `Unknown template "${table.templateId}".`);
  }
  const meta = doc.getMap(ROOT.meta);
  if (meta.has(META.schemaVersion)) return;
  doc.transact(() => {
    meta.set(META.schemaVersion, SCHEMA_VERSION);
    meta.set(META.tableId, table.tableId);
    meta.set(META.title, table.title);
    meta.set(META.templateId, template.id);
    writeSections(doc, template.sections);
    const control = doc.getMap(ROOT.control);
    control.set(CONTROL.phase, table.phase ?? 'preparation');
    control.set(CONTROL.voteBudget, DEFAULT_VOTE_BUDGET);
    control.set(CONTROL.anonymous, false);
    control.set(CONTROL.showOrganisations, true);
  });
}

/** The schema version a document was written with (0 for an empty document). */
export function readSchemaVersion(doc: Y.Doc): number {
  const v = doc.getMap(ROOT.meta).get(META.schemaVersion);
  return typeof v === 'number' ? v : 0;
}

/**
 * Steps an older document up to SCHEMA_VERSION, one version at a time; returns true when it
 * changed anything. Run by the server when it loads a board, after recording in its catalogue
 * the people an old board names (readLegacyIdentities). A newer document is left alone.
 */
export function migrateTable(doc: Y.Doc): boolean {
  const from = readSchemaVersion(doc);
  if (from === 0 || from >= SCHEMA_VERSION) return false;
  doc.transact(() => {
    for (let v = from; v < SCHEMA_VERSION; v++) MIGRATIONS[v]?.(doc);
    doc.getMap(ROOT.meta).set(META.schemaVersion, SCHEMA_VERSION);
  });
  return true;
}

/** MIGRATIONS[n] turns a version-n document into a version n+1 one. */
const MIGRATIONS: Record<number, (doc: Y.Doc) => void> = {
  // Version 1 had no phases: everyone saw and wrote every card. 'sharing' keeps that behaviour.
  1: (doc) => {
    const control = doc.getMap(ROOT.control);
    if (!control.has(CONTROL.phase)) control.set(CONTROL.phase, 'sharing');
    if (!control.has(CONTROL.voteBudget)) control.set(CONTROL.voteBudget, DEFAULT_VOTE_BUDGET);
    if (!control.has(CONTROL.anonymous)) control.set(CONTROL.anonymous, false);
    if (!control.has(CONTROL.showOrganisations)) control.set(CONTROL.showOrganisations, true);
  },
  // Version 2 copied each author's name and organisation onto their cards and comments, and kept
  // profiles with consent: every client received them all. Identity now lives in the server's
  // catalogue (which must have adopted them first: readLegacyIdentities); the board keeps ids.
  2: eraseLegacyIdentities,
  // Version 3 kept the sections as one plain array in meta: two moderators editing sections at
  // once would have lost one's edit. Each section becomes a map of its own, in the same order.
  3: moveSectionsOutOfMeta,
};

/** Moves version 3's `meta.sections` array into the `sections` root, order and titles kept. */
function moveSectionsOutOfMeta(doc: Y.Doc): void {
  const meta = doc.getMap(ROOT.meta);
  // Two replicas migrating the same board at once write the same sections (same ids): a
  // replica that already holds some leaves them.
  if (doc.getMap(ROOT.sections).size === 0) writeSections(doc, readLegacySections(doc));
  if (meta.has(META.sections)) meta.delete(META.sections);
}
