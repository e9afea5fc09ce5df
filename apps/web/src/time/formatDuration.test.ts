import { describe, expect, it } from 'vitest';
import { formatDuration, formatLateness } from './formatDuration.js';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [-5, '0:00'],
    [999, '0:01'],
    [65_000, '1:05'],
    [12 * 60_000, '12:00'],
    [3_723_000, '1:02:03'],
  ])('%i ms -> %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('formatLateness', () => {
  it.each([
    [1_000, '1 min'],
    [7 * 60_000, '7 min'],
    [65 * 60_000, '1 h 05 min'],
    [318 * 60_000, '5 h 18 min'],
  ])('%i ms -> %s', (ms, text) => expect(formatLateness(ms)).toBe(text));
});
