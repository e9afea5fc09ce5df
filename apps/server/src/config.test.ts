import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

const parse = (env: Record<string, string>) => parseConfig(env, { cwd: '/srv', webDir: 'web' });

describe('parseConfig', () => {
  it('lets a room of 30 phones behind one address join within a minute by default', () => {
    const { joinLimits } = parse({});
    // Each phone looks its invitation up and accepts it: two requests.
    expect(joinLimits.invitationsPerMinute).toBeGreaterThanOrEqual(2 * 30);
    expect(joinLimits.openJoinsPerMinute).toBeGreaterThanOrEqual(30);
    expect(parse({}).trustProxy).toBe(false);
  });

  it('reads the join limits', () => {
    expect(
      parse({ TAVOLO_INVITE_LIMIT_PER_MIN: '200', TAVOLO_JOIN_LIMIT_PER_MIN: '90' }).joinLimits,
    ).toEqual({ invitationsPerMinute: 200, openJoinsPerMinute: 90 });
    expect(() => parse({ TAVOLO_INVITE_LIMIT_PER_MIN: '0' })).toThrow(ConfigError);
    expect(() => parse({ TAVOLO_JOIN_LIMIT_PER_MIN: 'many' })).toThrow(/TAVOLO_JOIN_LIMIT_PER_MIN/);
  });

  it.each([
    ['', false],
    ['0', false],
    ['true', true],
    ['1', 1],
    ['127.0.0.1', ['127.0.0.1']],
    ['loopback, 10.0.0.0/8, fd00::/8', ['loopback', '10.0.0.0/8', 'fd00::/8']],
  ])('reads TAVOLO_TRUST_PROXY=%j', (raw, expected) => {
    expect(parse({ TAVOLO_TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it('refuses a TAVOLO_TRUST_PROXY that names no proxy', () => {
    expect(() => parse({ TAVOLO_TRUST_PROXY: 'nginx.local' })).toThrow(/TAVOLO_TRUST_PROXY/);
  });

  it('gives an offline backlog ten minutes after a change of phase by default, as configured', () => {
    expect(parse({}).phaseGraceMs).toBe(10 * 60_000);
    expect(parse({ TAVOLO_PHASE_GRACE_MS: '0' }).phaseGraceMs).toBe(0);
    expect(() => parse({ TAVOLO_PHASE_GRACE_MS: '-5' })).toThrow(/TAVOLO_PHASE_GRACE_MS/);
  });
});
