/**
 * Returns `next`, reusing every part of `prev` that is deeply equal to it, and freezing what is
 * new. Array elements that carry an `id` are matched by id, so inserting one card does not
 * make every later card look changed. This is what lets React skip unchanged cards.
 */
export function shareStructure<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return deepFreeze(next);
    const byId = new Map<unknown, unknown>();
    for (const item of prev) if (hasId(item)) byId.set(item.id, item);
    const out = next.map((item, i) =>
      shareStructure(hasId(item) ? byId.get(item.id) : prev[i], item),
    );
    const same = out.length === prev.length && out.every((x, i) => x === prev[i]);
    return (same ? prev : Object.freeze(out)) as T;
  }
  if (isPlainObject(next)) {
    if (!isPlainObject(prev)) return deepFreeze(next);
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      out[key] = shareStructure(prev[key], next[key]);
      if (out[key] !== prev[key]) same = false;
    }
    return (same ? prev : Object.freeze(out)) as T;
  }
  return next;
}

function hasId(value: unknown): value is { id: unknown } {
  return isPlainObject(value) && 'id' in value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

function deepFreeze<T>(value: T): T {
  if (Array.isArray(value)) {
    value.forEach(deepFreeze);
    return Object.freeze(value);
  }
  if (isPlainObject(value)) {
    Object.values(value).forEach(deepFreeze);
    return Object.freeze(value);
  }
  return value;
}
