import { describe, expect, it } from 'vitest';
import { opensTable, signToken, verifyToken, type TokenClaims } from './tokens.js';

const secret = new Uint8Array(32).fill(7);
const other = new Uint8Array(32).fill(8);
const claims: TokenClaims = {
  tableId: 'robotica',
  role: 'participant',
  participantId: 'p1',
  exp: 1000,
};

describe('tokens', () => {
  it('round-trips valid claims', () => {
    expect(verifyToken(signToken(claims, secret), secret, 999)).toEqual(claims);
  });

  it.each([
    ['missing', () => '', 'token_missing'],
    ['not two parts', () => 'abc', 'token_malformed'],
    ['signed by another server', () => signToken(claims, other), 'token_bad_signature'],
    ['expired', () => signToken({ ...claims, exp: 10 }, secret), 'token_expired'],
    [
      'tampered payload',
      () => {
        const [, sig] = signToken(claims, secret).split('.');
        const forged = Buffer.from(JSON.stringify({ ...claims, role: 'moderator' })).toString(
          'base64url',
        );
        return `${forged}.${sig}`;
      },
      'token_bad_signature',
    ],
    [
      'a wildcard table for a participant',
      () => signToken({ ...claims, tableId: '*' }, secret),
      'token_malformed',
    ],
    [
      'an unknown role',
      () => signToken({ ...claims, role: 'admin' as never }, secret),
      'token_malformed',
    ],
  ])('refuses a token that is %s', (_name, make, code) => {
    expect(() => verifyToken(make(), secret, 500)).toThrow(expect.objectContaining({ code }));
  });

  it('opens only its own table, the secretariat every table', () => {
    expect(opensTable(claims, 'robotica')).toBe(true);
    expect(opensTable(claims, 'oleodinamica')).toBe(false);
    expect(opensTable({ ...claims, role: 'secretariat', tableId: '*' }, 'oleodinamica')).toBe(true);
  });
});
