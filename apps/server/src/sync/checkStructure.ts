import { DOC_SHAPE, isRoot, MAX_VALUE_DEPTH, ROOT } from '@tavolo/board';
import * as Y from 'yjs';
import { NESTED, type Place } from './UpdateIndex.js';

type Verdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const OK: Verdict = { ok: true };
const malformed: Verdict = { ok: false, reason: 'malformed_layout' };

/** The highest clock a client may reach; honest clients stay far below. */
export const MAX_CLOCK = 2 ** 32;

/**
 * Whether a new item has the document's shape (DOC_SHAPE), for every role: a known root; a
 * first-level entry that is a plain value or a Y.Map as the root says; fields of a map entry
 * under known keys holding plain values; nothing nested deeper; one value per map item, a
 * JSON value of bounded depth. So every reader of the board reads exactly what was checked,
 * and no reader meets a shape (deep nesting, two values under one key) it was not built for.
 */
export function checkStructure(item: Y.Item, place: Exclude<Place, 'garbage'>): Verdict {
  if (item.id.clock + item.length > MAX_CLOCK) return malformed;
  if (place === 'invalid' || !isRoot(place.root)) return malformed;
  if (place.root === ROOT.clients) return { ok: false, reason: 'server_only' };
  if (place.key === null || place.field === NESTED) return malformed;
  const content = item.content;
  // Garbage a client collected itself: only a range of deleted map items, readable by nobody.
  if (content instanceof Y.ContentDeleted) return OK;
  if (item.length !== 1) return malformed;
  const shape = DOC_SHAPE[place.root];
  if (place.field === null) {
    if (shape.kind === 'map') return isMapType(content) ? OK : malformed;
    return content instanceof Y.ContentAny && isPlainValue(content.getContent()[0])
      ? OK
      : malformed;
  }
  if (shape.kind !== 'map' || !shape.fields.has(place.field)) return malformed;
  return content instanceof Y.ContentAny && isPlainValue(content.getContent()[0]) ? OK : malformed;
}

function isMapType(content: Y.Item['content']): boolean {
  return content instanceof Y.ContentType && content.type instanceof Y.Map;
}

/**
 * A JSON value (null, boolean, finite number, string, array, plain object) no deeper than
 * MAX_VALUE_DEPTH. Yjs can also carry undefined, bigints and byte arrays, which no reader of
 * the board expects. Iterative, so a hostile value cannot exhaust the stack.
 */
export function isPlainValue(root: unknown): boolean {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return false;
      continue;
    }
    if (typeof value !== 'object' || depth >= MAX_VALUE_DEPTH) return false;
    if (value instanceof Uint8Array) return false;
    const children = Array.isArray(value) ? value : Object.values(value as object);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return true;
}
