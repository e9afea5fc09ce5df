import { describe, expect, it as test } from 'vitest';
import { en } from './en.js';
import { it } from './it.js';
import { isMessageKey, translate } from './translate.js';

describe('translate', () => {
  test.each([
    ['it', 'card.add', undefined, 'Aggiungi'],
    ['en', 'card.add', undefined, 'Add'],
    ['it', 'presence.count', { count: 3 }, '3 persone collegate'],
    ['it', 'presence.count', { count: 1 }, '1 persona collegata'],
    ['en', 'section.count', { count: 1 }, '1 contribution'],
    ['en', 'section.count', { count: 0 }, '0 contributions'],
    ['en', 'card.by', { name: 'Anna', organisation: 'ART-ER' }, 'by Anna, ART-ER'],
    ['en', 'card.by', { name: 'Anna' }, 'by Anna, {organisation}'],
  ] as const)('%s %s %j -> %s', (lang, key, params, expected) => {
    expect(translate(lang, key, params)).toBe(expected);
  });

  test('has an English text for every Italian one, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(it).sort());
    for (const value of [...Object.values(en), ...Object.values(it)]) expect(value).not.toBe('');
  });

  test('recognises only catalogue keys', () => {
    expect(isMessageKey('section.needs')).toBe(true);
    expect(isMessageKey('section.nowhere')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});
