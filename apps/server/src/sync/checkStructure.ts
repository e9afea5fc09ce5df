import { DOC_SHAPE, isRoot, MAX_VALUE_DEPTH, ROOT } from '@tavolo/board';
import * as Y from 'yjs';
import { NESTED, type Place } from './UpdateIndex.js';

type Verdict =
  { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly detail?: string };

const OK: Verdict = { ok: true };
/** A refusal naming what was wrong where, for the log (the close frame says only the rule). */
const malformed = (detail: string): Verdict => ({ ok: false, reason: 'malformed_layout', detail });

/** The highest clock a client may reach; honest clients stay far below. */
export const MAX_CLOCK = 2 ** 32;

/**
 * Whether a new item has the document's shape (DOC_SHAPE), for every role: a known root; a
 * first-level entry that is a plain value or a Y.Map as the root says; fields of a map entry
 * under known keys holding plain values; nothing nested deeper; one value per map item, a
 * JSON value of bounded depth. So every reader of the board reads exactly what was checked,
 * and no reader meets a shape (deep nesting, two values under one key) it was not built for.
 */
export function checkStructure(
  item: Y.Item,
  place: Exclude<Place, 'garbage'>,
  /** The update deletes the item itself: no reader will ever read its value. */
  deleted = false,
): Verdict {
  if (item.id.clock + item.length > MAX_CLOCK) return malformed('clock beyond 2^32');
  if (place === 'invalid') return malformed('an item whose parent is no map');
  if (!isRoot(place.root)) return malformed(`unknown root ${place.root}`);
  if (place.root === ROOT.clients) return { ok: false, reason: 'server_only' };
  const where = `${place.root}/${place.key ?? '(list)'}/${place.field ?? ''}`;
  if (place.key === null || place.field === NESTED)
    return malformed(`nested or listed at ${where}`);
  const content = item.content;
  // Garbage a client collected itself (a range of deleted map items): its bytes hold clocks
  // and a key, no value.
  if (content instanceof Y.ContentDeleted) return OK;
  const shape = DOC_SHAPE[place.root];
  // Before anything deleted is let through: a value under a field the board does not have
  // (a name, an organisation) is refused even when the same update deletes it, since the
  // update is stored and relayed as sent, value included.
  if (place.field !== null && (shape.kind !== 'map' || !shape.fields.has(place.field))) {
    return malformed(`unknown field at ${where}`);
  }
  // Values the update deletes at once (a client without garbage collection merges a key set
  // twice into one item of two values): no reader ever reads them.
  if (deleted && !(content instanceof Y.ContentType)) return OK;
  const kind = `${content.constructor.name}×${item.length}`;
  if (item.length !== 1) return malformed(`${kind} at ${where}`);
  if (place.field === null && shape.kind === 'map') {
    return isMapType(content) ? OK : malformed(`${kind} as an entry at ${where}`);
  }
  return content instanceof Y.ContentAny && isPlainValue(content.getContent()[0])
    ? OK
    : malformed(`${kind} is not a plain value at ${where}`);
}

/**
 * An item written under content the room already collected: Yjs keeps only its clocks (as
 * garbage), yet its bytes are stored and relayed as sent, so it must still look like an honest
 * edit of a deleted entry: a clock in range, one plain value (or a map), or deleted at once.
 */
export function checkGarbage(item: Y.Item, deleted: boolean): Verdict {
  if (item.id.clock + item.length > MAX_CLOCK) return malformed('clock beyond 2^32');
  // Its entry is gone, so its root is unknown, but its key is not: a field no entry of the board
  // has (a name, an organisation) is refused here too, since the bytes are stored and relayed.
  if (item.parentSub !== null && !ENTRY_FIELDS.has(item.parentSub)) {
    return malformed(`unknown field ${item.parentSub} under collected content`);
  }
  const content = item.content;
  if (content instanceof Y.ContentDeleted || deleted) return OK;
  if (item.length === 1 && (isMapType(content) || isPlainAny(content))) return OK;
  return malformed(`${content.constructor.name}×${item.length} under collected content`);
}

/** Every field a map entry of any root may have (DOC_SHAPE). */
const ENTRY_FIELDS: ReadonlySet<string> = new Set(
  Object.values(DOC_SHAPE).flatMap((shape) => (shape.kind === 'map' ? [...shape.fields] : [])),
);

function isPlainAny(content: Y.Item['content']): boolean {
  return content instanceof Y.ContentAny && isPlainValue(content.getContent()[0]);
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
