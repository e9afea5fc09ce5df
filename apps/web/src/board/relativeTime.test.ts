import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime.js';

const NOW = Date.UTC(2025, 4, 12, 15, 0, 0);
const MIN = 60_000;

describe('relativeTime', () => {
  it.each<[string, number, 'it' | 'en', string | null]>([
    ['seconds ago', 20_000, 'it', null],
    ['ahead of this clock', -5 * MIN, 'it', null],
    ['one minute', MIN, 'it', '1 minuto fa'],
    ['minutes', 12 * MIN, 'it', '12 minuti fa'],
    ['minutes, English', 12 * MIN, 'en', '12 minutes ago'],
    ['hours', 3 * 60 * MIN + 59 * MIN, 'it', '3 ore fa'],
    ['a day', 26 * 60 * MIN, 'it', 'ieri'],
    ['a day, English', 26 * 60 * MIN, 'en', 'yesterday'],
  ])('%s', (_, ago, language, shown) => {
    expect(relativeTime(NOW - ago, NOW, language)).toBe(shown);
  });
});
