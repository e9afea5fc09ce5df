import { STATUS_CODES } from 'node:http';
import { HttpError, isStorageFull } from './json.js';

/** The JSON body of every refusal: a stable code, a sentence, and the bad fields if any. */
export interface ErrorBody {
  readonly code: string;
  readonly message: string;
  readonly fields?: Record<string, string>;
}

/** How to answer an error, and under which event to log it (only what an operator must see). */
export interface ErrorResponse {
  readonly status: number;
  readonly body: ErrorBody;
  readonly log?: 'storage_full' | 'http_error';
}

/** Fastify's own refusals of a request, by its error code. */
const FRAMEWORK: Record<string, (limit: number) => [number, string, string]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => [
    415,
    'unsupported_media_type',
    'Send the body as application/json.',
  ],
  FST_ERR_CTP_BODY_TOO_LARGE: (limit) => [
    413,
    'body_too_large',
    `The body exceeds ${limit} bytes.`,
  ],
  FST_ERR_CTP_INVALID_JSON_BODY: () => [400, 'invalid_json', 'The body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: () => [400, 'invalid_json', 'The body is not valid JSON.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => [
    400,
    'invalid_request',
    'The body does not match its Content-Length.',
  ],
  FST_ERR_BAD_URL: () => [400, 'invalid_path', 'The path is not validly percent-encoded.'],
  // No id is this long: a parameter past find-my-way's limit names nothing.
  FST_ERR_MAX_PARAM_LENGTH: () => [404, 'not_found', 'No such resource.'],
};

const BY_STATUS: Record<number, string> = { 403: 'forbidden', 404: 'not_found' };

/**
 * What to answer for an error thrown while handling a request. Refusals (HttpError, Fastify's
 * 4xx, a full disk) get their status and code; anything else is a bug: 500 `internal`, logged,
 * with nothing of the error in the answer.
 */
export function errorResponse(err: unknown, bodyLimit: number): ErrorResponse {
  if (err instanceof HttpError) {
    return {
      status: err.status,
      body: { code: err.code, message: err.message, fields: err.fields },
    };
  }
  if (isStorageFull(err)) {
    // The write was rolled back: say so, and that trying later (once space is freed) is right.
    return {
      status: 507,
      body: { code: 'storage_full', message: 'Storage is full; nothing was changed.' },
      log: 'storage_full',
    };
  }
  const { code, statusCode } = (err ?? {}) as { code?: unknown; statusCode?: unknown };
  const framework = typeof code === 'string' ? FRAMEWORK[code] : undefined;
  if (framework) {
    const [status, apiCode, message] = framework(bodyLimit);
    return { status, body: { code: apiCode, message } };
  }
  // JSON that secure-json-parse refuses (a __proto__ key) comes as a SyntaxError with a 400.
  if (err instanceof SyntaxError && statusCode === 400) {
    return { status: 400, body: { code: 'invalid_json', message: 'The body is not valid JSON.' } };
  }
  // Other 4xx raised by a plugin, e.g. @fastify/static refusing a path out of its folder.
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return {
      status: statusCode,
      body: {
        code: BY_STATUS[statusCode] ?? 'bad_request',
        message: STATUS_CODES[statusCode] ?? 'Bad request',
      },
    };
  }
  return { status: 500, body: { code: 'internal', message: 'Internal error' }, log: 'http_error' };
}
