import { HttpError } from './json.js';

/**
 * Reads a JSON body field by field, collecting every problem, so that one 400 response names
 * each bad field with a stable code (`required`, `too_long`, `invalid`, `one_of:a|b`…).
 */
export class BodyReader {
  private readonly body: Record<string, unknown>;
  readonly errors: Record<string, string> = {};

  constructor(
    body: unknown,
    /** A PATCH reads only the fields present. */
    private readonly partial = false,
  ) {
    this.body =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : {};
    if (this.body !== body) this.errors._body = 'must be a JSON object';
  }

  has(key: string): boolean {
    return this.body[key] !== undefined;
  }

  private skip(key: string): boolean {
    return this.partial && !this.has(key);
  }

  /** Trimmed text of 1..max characters (0..max when optional). */
  text(key: string, max: number, optional = false): string {
    if (this.skip(key)) return '';
    const value = this.body[key];
    if (value === undefined && optional) return '';
    if (typeof value !== 'string') {
      this.errors[key] = value === undefined ? 'required' : 'must be text';
      return '';
    }
    const trimmed = value.trim();
    if (trimmed === '' && !optional) this.errors[key] = 'required';
    else if (trimmed.length > max) this.errors[key] = `too_long:${max}`;
    return trimmed;
  }

  /** One of `allowed`; `fallback` when absent and not required. */
  oneOf<T extends string>(key: string, allowed: readonly T[], fallback?: T): T {
    if (this.skip(key)) return fallback ?? allowed[0]!;
    const value = this.body[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      this.errors[key] = `one_of:${allowed.join('|')}`;
      return allowed[0]!;
    }
    return value as T;
  }

  /** Text matching `pattern` (e.g. a date), with `hint` in the error. */
  matching(key: string, pattern: RegExp, hint: string, fallback?: string): string {
    if (this.skip(key)) return fallback ?? '';
    const value = this.body[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'string' || !pattern.test(value)) {
      this.errors[key] = value === undefined ? 'required' : `format:${hint}`;
      return '';
    }
    return value;
  }

  /** An integer in [min, max]; `fallback` when absent. */
  int(key: string, min: number, max: number, fallback: number): number {
    const value = this.body[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.errors[key] = `range:${min}..${max}`;
      return fallback;
    }
    return value;
  }

  bool(key: string, fallback: boolean): boolean {
    const value = this.body[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.errors[key] = 'must be true or false';
      return fallback;
    }
    return value;
  }

  /** An array of at most `max` items, each read by `item` with its own BodyReader. */
  list<T>(key: string, max: number, item: (reader: BodyReader) => T): T[] {
    if (this.skip(key)) return [];
    const value = this.body[key];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.length > max) {
      this.errors[key] = `list_of_at_most:${max}`;
      return [];
    }
    return value.map((entry, i) => {
      const reader = new BodyReader(entry);
      const result = item(reader);
      for (const [field, error] of Object.entries(reader.errors)) {
        this.errors[`${key}[${i}].${field}`] = error;
      }
      return result;
    });
  }

  /** Throws the collected errors as one 400. */
  done(): void {
    if (Object.keys(this.errors).length > 0) {
      throw new HttpError(400, 'invalid_body', 'Some fields are missing or invalid.', this.errors);
    }
  }
}
