import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../log.js';
import { TestRedis } from '../testing/redis.js';
import { RedisRelay } from './RedisRelay.js';
import { until } from '../testing/until.js';

let redis: TestRedis;
beforeAll(async () => {
  redis = await TestRedis.start();
}, 120_000);
afterAll(() => redis?.stop());

const bytes = (...values: number[]) => new Uint8Array(values);

describe('RedisRelay', () => {
  it('relays committed updates in order to the other instances only, and presence too', async () => {
    const a = new RedisRelay(redis.url, silentLogger);
    const b = new RedisRelay(redis.url, silentLogger);
    const atA: number[][] = [];
    const atB: number[][] = [];
    const presenceAtB: number[][] = [];
    const handlers = (into: number[][], presence: number[][] = []) => ({
      update: (u: Uint8Array) => into.push([...u]),
      awareness: (u: Uint8Array) => presence.push([...u]),
      resync: () => {},
    });
    await a.join('tavolo-1', handlers(atA));
    await b.join('tavolo-1', handlers(atB, presenceAtB));
    a.publishUpdates('tavolo-1', [bytes(1), bytes(2)]);
    a.publishUpdates('tavolo-1', [bytes(3)]);
    a.publishAwareness('tavolo-1', bytes(9, 9));
    await until(() => atB.length === 3 && presenceAtB.length === 1, 'relay');
    expect(atB).toEqual([[1], [2], [3]]);
    expect(atA).toEqual([]);
    expect(presenceAtB).toEqual([[9, 9]]);
    await a.close();
    await b.close();
  });

  it('catches up after Redis was away for a while, losing nothing', async () => {
    const a = new RedisRelay(redis.url, silentLogger);
    const b = new RedisRelay(redis.url, silentLogger);
    const atB: number[][] = [];
    const noop = { awareness: () => {}, resync: () => {} };
    await a.join('tavolo-2', { update: () => {}, ...noop });
    await b.join('tavolo-2', { update: (u) => atB.push([...u]), ...noop });
    a.publishUpdates('tavolo-2', [bytes(1)]);
    await until(() => atB.length === 1, 'first update');

    await redis.pause();
    // Committed while Redis is down: published as soon as it is back.
    a.publishUpdates('tavolo-2', [bytes(2)]);
    a.publishUpdates('tavolo-2', [bytes(3)]);
    await redis.resume();
    await until(() => atB.length === 3, 'catch-up');
    expect(atB).toEqual([[1], [2], [3]]);
    await a.close();
    await b.close();
  }, 60_000);
});
