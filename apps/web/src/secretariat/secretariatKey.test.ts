import { describe, expect, it } from 'vitest';
import { keyFromFragment } from './secretariatKey.js';

describe('keyFromFragment', () => {
  it.each([
    ['#chiave=abc', 'abc'],
    ['chiave=abc', 'abc'],
    ['#chiave=a%2Bb', 'a+b'],
    ['#x=1&chiave=k', 'k'],
    ['#chiave=', null],
    ['#chiave=%20', null],
    ['', null],
    ['#key=abc', null],
  ])('%j -> %j', (hash, key) => expect(keyFromFragment(hash)).toBe(key));
});
