import { describe, expect, it } from 'vitest';
import { shareStructure } from './shareStructure.js';

describe('shareStructure', () => {
  it.each([
    ['equal objects', { a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }, true],
    ['a changed leaf', { a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }, false],
    ['an added key', { a: 1 }, { a: 1, b: 2 }, false],
    ['a removed key', { a: 1, b: 2 }, { a: 1 }, false],
    ['null and object', null, { a: 1 }, false],
  ])('%s -> reuses the previous value: %s', (_name, prev, next, reused) => {
    expect(shareStructure(prev, next) === prev).toBe(reused);
    expect(shareStructure(prev, next)).toEqual(next);
  });

  it('matches array items by id, keeping untouched ones', () => {
    const prev = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    const next = [
      { id: 'z', n: 0 },
      { id: 'a', n: 1 },
      { id: 'b', n: 5 },
    ];
    const out = shareStructure(prev, next);
    expect(out[1]).toBe(prev[0]);
    expect(out[2]).not.toBe(prev[1]);
    expect(Object.isFrozen(out)).toBe(true);
    expect(Object.isFrozen(out[0])).toBe(true);
  });
});
