import { z } from 'zod';

/*
 * The building blocks of every request schema. Each issue's message is the field code the API
 * has always answered with (docs/api.md) and the web maps to a sentence (forms/fieldError.ts):
 * `required`, `must be text`, `too_long:N`, `one_of:a|b`, `format:HINT`, `range:min..max`,
 * `list_of_at_most:N`, `must be true or false`, `_body: must be a JSON object`.
 * Only zod is imported here and in the schema modules, so that they can move to a package
 * shared with the web client.
 */

/** The message of a non-object body, reported under `_body`. */
export const NOT_AN_OBJECT = 'must be a JSON object';

const textType = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : 'must be text';

/** Trimmed text of 1..max characters. */
export function text(max: number) {
  return z.string({ error: textType }).trim().min(1, 'required').max(max, `too_long:${max}`);
}

/** Trimmed text of 0..max characters; '' when absent (null is not text). */
export function optionalText(max: number) {
  return z.string({ error: textType }).trim().max(max, `too_long:${max}`).default('');
}

/** One of `allowed`; `fallback` when absent, else absent is refused like any other value. */
export function oneOf<const T extends readonly string[]>(allowed: T, fallback?: T[number]) {
  const schema = z.enum(allowed, { error: `one_of:${allowed.join('|')}` });
  return fallback === undefined ? schema : schema.default(fallback as never);
}

/** Text matching `pattern` (not trimmed), with `hint` in the error; `fallback` when absent. */
export function matching(pattern: RegExp, hint: string, fallback?: string) {
  const schema = z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : `format:${hint}`) })
    .regex(pattern, `format:${hint}`);
  return fallback === undefined ? schema : schema.default(fallback);
}

/** An integer in [min, max]; `fallback` when absent. */
export function int(min: number, max: number, fallback: number) {
  const range = `range:${min}..${max}`;
  return z.number({ error: range }).int(range).min(min, range).max(max, range).default(fallback);
}

/** true or false; `fallback` when absent. */
export function bool(fallback: boolean) {
  return z.boolean({ error: 'must be true or false' }).default(fallback);
}

/** A list of at most `max` items; [] when absent. */
export function list<T extends z.ZodType>(item: T, max: number) {
  const code = `list_of_at_most:${max}`;
  return z.array(item, { error: code }).max(max, code).default([]);
}

/** A JSON object with these fields; any other value is `_body: must be a JSON object`. */
export function object<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape, { error: NOT_AN_OBJECT });
}
