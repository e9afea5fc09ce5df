import * as Y from 'yjs';
import { BoardError } from './BoardError.js';
import { META, ROOT } from './keys.js';
import { findTemplate, type SectionDef } from './templates.js';

/** The document schema version this code writes. */
export const SCHEMA_VERSION = 1;

/** What a new table is made of. */
export interface NewTable {
  readonly tableId: string;
  readonly title: string;
  readonly templateId: string;
}

/** Writes a new table's layout into an empty document. Idempotent for an initialised one. */
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
    meta.set(
      META.sections,
      template.sections.map((s) => ({ ...s })),
    );
  });
}

/** The sections of an initialised table, in board order. */
export function readSections(doc: Y.Doc): readonly SectionDef[] {
  const sections = doc.getMap(ROOT.meta).get(META.sections);
  return Array.isArray(sections) ? (sections as SectionDef[]) : [];
}
