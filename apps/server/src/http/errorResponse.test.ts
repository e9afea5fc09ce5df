import { describe, expect, it } from 'vitest';
import { errorResponse } from './errorResponse.js';
import { HttpError } from './json.js';

const framework = (code: string, statusCode = 400) =>
  Object.assign(new Error(code), { code, statusCode });

describe('errorResponse', () => {
  it.each([
    [new HttpError(409, 'event_archived', 'Archived.'), 409, 'event_archived', undefined],
    [
      Object.assign(new Error('full'), { code: 'SQLITE_FULL' }),
      507,
      'storage_full',
      'storage_full',
    ],
    [Object.assign(new Error('full'), { code: 'ENOSPC' }), 507, 'storage_full', 'storage_full'],
    [framework('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415), 415, 'unsupported_media_type', undefined],
    [framework('FST_ERR_CTP_BODY_TOO_LARGE', 413), 413, 'body_too_large', undefined],
    [framework('FST_ERR_CTP_INVALID_JSON_BODY'), 400, 'invalid_json', undefined],
    [framework('FST_ERR_CTP_EMPTY_JSON_BODY'), 400, 'invalid_json', undefined],
    [framework('FST_ERR_BAD_URL'), 400, 'invalid_path', undefined],
    [framework('FST_ERR_MAX_PARAM_LENGTH', 414), 404, 'not_found', undefined],
    [
      Object.assign(new SyntaxError('__proto__'), { statusCode: 400 }),
      400,
      'invalid_json',
      undefined,
    ],
    [Object.assign(new Error('Forbidden'), { statusCode: 403 }), 403, 'forbidden', undefined],
    [
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      500,
      'internal',
      'http_error',
    ],
    [Object.assign(new Error('boom'), { statusCode: 503 }), 500, 'internal', 'http_error'],
    ['a string thrown', 500, 'internal', 'http_error'],
  ])('%s -> %i %s', (err, status, code, log) => {
    const answer = errorResponse(err, 65536);
    expect(answer).toMatchObject({ status, body: { code } });
    expect(answer.log).toBe(log);
  });

  it('says nothing of an unexpected error', () => {
    expect(errorResponse(new Error('password=hunter2'), 65536).body).toEqual({
      code: 'internal',
      message: 'Internal error',
    });
  });

  it('names the body limit', () => {
    const answer = errorResponse(framework('FST_ERR_CTP_BODY_TOO_LARGE', 413), 65536);
    expect(answer.body.message).toContain('65536');
  });
});
