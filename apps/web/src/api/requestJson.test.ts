import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError.js';
import { fileNameOf, requestJson } from './requestJson.js';

afterEach(() => vi.unstubAllGlobals());

const answer = (status: number, body: string) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status })),
  );

describe('requestJson', () => {
  it('sends JSON with the bearer and reads the answer', async () => {
    const fetchFake = vi.fn(async () => new Response('{"ok":true}', { status: 200 }));
    vi.stubGlobal('fetch', fetchFake);
    expect(await requestJson('/api/x', { method: 'POST', body: { a: 1 }, bearer: 'k' })).toEqual({
      ok: true,
    });
    expect(fetchFake).toHaveBeenCalledWith('/api/x', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      body: '{"a":1}',
      signal: undefined,
    });
  });

  it('turns a refusal into an ApiError with its code and fields', async () => {
    answer(400, '{"code":"invalid_body","message":"m","fields":{"title":"required"}}');
    const error = await requestJson('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_body',
      fields: { title: 'required' },
    });
  });

  it('names a refusal without a JSON body by its status', async () => {
    answer(502, 'Bad gateway');
    await expect(requestJson('/api/x')).rejects.toMatchObject({ status: 502, code: 'http_502' });
  });

  it('says `network` when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(requestJson('/api/x')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('answers undefined for 204', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    expect(await requestJson('/api/x', { method: 'DELETE' })).toBeUndefined();
  });
});

describe('fileNameOf', () => {
  it.each([
    ['attachment; filename="robotica-position-paper.docx"', 'robotica-position-paper.docx'],
    ['attachment; filename=a.csv', 'a.csv'],
    ['attachment', null],
    [null, null],
  ])('%j -> %j', (header, name) => expect(fileNameOf(header)).toBe(name));
});
