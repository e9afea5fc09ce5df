import { describe, expect, it } from 'vitest';
import { RateLimiter } from './RateLimiter.js';

describe('RateLimiter', () => {
  it('allows a burst, then the sustained rate', () => {
    let now = 0;
    const limiter = new RateLimiter(10, 3, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take())).toEqual([true, true, true, false]);
    now = 100; // one token back after 1/10 s
    expect([limiter.take(), limiter.take()]).toEqual([true, false]);
    now = 10_000; // refills to the burst, not beyond
    expect([1, 2, 3, 4].map(() => limiter.take())).toEqual([true, true, true, false]);
  });
});
