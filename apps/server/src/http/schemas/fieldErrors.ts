import type { z } from 'zod';
import { NOT_AN_OBJECT } from './fields.js';

/** The outcome of reading a request part: its values, or every bad field with its code. */
export type Parsed<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly fields: Record<string, string> };

/**
 * zod's issues as the API's field codes, keyed `title`, `tables[0].moderators[1].name`; a value
 * that should have been an object is reported as `<path>._body`. One code per field: the first.
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    let key = issue.path.reduce<string>(
      (at, part) =>
        typeof part === 'number' ? `${at}[${part}]` : at ? `${at}.${String(part)}` : String(part),
      '',
    );
    if (issue.message === NOT_AN_OBJECT) key = key ? `${key}._body` : '_body';
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * Reads `value` with `schema`. A body that is not an object is reported as `_body` *and* read as
 * `{}`, so that the same answer also names every required field (as the API always has).
 */
export function parseFields<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.output<S>> {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const result = schema.safeParse(isObject ? value : {});
  const fields = result.success ? {} : fieldErrors(result.error.issues);
  if (!isObject) Object.assign(fields, { _body: NOT_AN_OBJECT }, fields);
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, data: result.data as z.output<S> };
}

/** The fields of `data` that `raw` carries: what a PATCH changes. */
export function present<T extends object>(raw: unknown, data: T): Partial<T> {
  const given = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(data).filter(([key]) => given[key] !== undefined),
  ) as Partial<T>;
}
