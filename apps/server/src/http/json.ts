import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseFields } from './schemas/fieldErrors.js';

/** An error that crosses the HTTP boundary: a status, a stable code, a message, field details. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/**
 * Whether `err` says the storage is full: SQLite's SQLITE_FULL (a full disk, or the file at its
 * size limit), ENOSPC from the file system, PostgreSQL's disk_full (53100).
 */
export function isStorageFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100';
}

/**
 * The request's JSON body. Fastify has parsed it already (and answered 415, 413 or 400 for a
 * body of another type, too large or not JSON); a request with no body at all is a 415 too.
 */
export function jsonBody(request: FastifyRequest): unknown {
  if (request.body === undefined) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  return request.body;
}

/** Reads a body with `schema`; throws one 400 `invalid_body` naming every bad field. */
export function readBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = parseFields(schema, body);
  if (!parsed.ok) {
    throw new HttpError(400, 'invalid_body', 'Some fields are missing or invalid.', parsed.fields);
  }
  return parsed.data;
}

/** Reads a query string with `schema`; throws one 400 `invalid_query` naming every bad field. */
export function readQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const parsed = parseFields(schema, query);
  if (!parsed.ok) {
    throw new HttpError(400, 'invalid_query', 'Some parameters are invalid.', parsed.fields);
  }
  return parsed.data;
}
