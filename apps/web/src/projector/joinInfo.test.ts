import { describe, expect, it } from 'vitest';
import { fetchJoinInfo, wallJoin } from './joinInfo.js';

const answer = (status: number, body: unknown) =>
  (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('fetchJoinInfo', () => {
  it('reads code, link and the event language', async () => {
    const info = await fetchJoinInfo(
      'robotica',
      'tok',
      'http://x',
      answer(200, { code: 'K7P4QX', url: 'http://t.test/i/a.b', language: 'en' }),
    );
    expect(info).toEqual({ code: 'K7P4QX', url: 'http://t.test/i/a.b', language: 'en' });
  });

  it('falls back to the table’s own page when the server cannot say', async () => {
    const info = await fetchJoinInfo('robotica', 'tok', 'http://x', answer(403, {}));
    expect(info).toEqual({ code: null, url: 'http://x/t/robotica', language: null });
  });
});

describe('wallJoin', () => {
  it('encodes the short join page with the code, not the signed link', () => {
    expect(
      wallJoin({ code: 'K7P4QX', url: 'https://tavolo.art-er.it/i/eyJ0.c2ln', language: 'it' }),
    ).toEqual({
      qrText: 'https://tavolo.art-er.it/entra?codice=K7P4QX',
      address: 'tavolo.art-er.it/entra',
      code: 'K7P4QX',
    });
  });

  it('shows the table’s address when there is no code', () => {
    expect(
      wallJoin({ code: null, url: 'http://localhost:5173/t/robotica', language: null }),
    ).toEqual({
      qrText: 'http://localhost:5173/t/robotica',
      address: 'localhost:5173/t/robotica',
      code: null,
    });
  });
});
