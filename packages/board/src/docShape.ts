import { CARD, COMMENT, GROUP, ROOT, SECTION, type RootKey } from './keys.js';

/**
 * What one first-level entry of a root map is: a plain value (a JSON value in one Yjs item),
 * or a Y.Map whose fields are plain values under the listed keys. Nothing is nested deeper.
 */
export type EntryShape =
  { readonly kind: 'value' } | { readonly kind: 'map'; readonly fields: ReadonlySet<string> };

const value: EntryShape = { kind: 'value' };
const mapOf = (keys: Record<string, string>): EntryShape => ({
  kind: 'map',
  fields: new Set(Object.values(keys)),
});

/**
 * The whole shape of a table's document: every root is a Y.Map, and each root's entries have
 * one shape. The server refuses any update that builds something else, so every reader of the
 * board reads exactly what the server checked (packages/board/README.md).
 */
export const DOC_SHAPE: Readonly<Record<RootKey, EntryShape>> = {
  [ROOT.meta]: value,
  [ROOT.sections]: mapOf(SECTION),
  [ROOT.control]: value,
  [ROOT.cards]: mapOf(CARD),
  [ROOT.groups]: mapOf(GROUP),
  [ROOT.votes]: value,
  [ROOT.comments]: mapOf(COMMENT),
  [ROOT.clients]: value,
};

/** True when `name` is one of the document's roots. */
export function isRoot(name: string): name is RootKey {
  return Object.prototype.hasOwnProperty.call(DOC_SHAPE, name);
}

/** Deepest nesting of arrays and objects allowed in one plain value (a timer, a section list). */
export const MAX_VALUE_DEPTH = 6;
