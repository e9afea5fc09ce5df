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
    ['it', 'connection.pending', { count: 1 }, '1 modifica in attesa'],
    ['it', 'connection.pending', { count: 4 }, '4 modifiche in attesa'],
    ['en', 'connection.pending', { count: 1 }, '1 change waiting'],
    ['it', 'vote.remaining', { count: 1, budget: 3 }, 'Ti resta 1 punto su 3'],
    ['en', 'vote.remaining', { count: 2, budget: 3 }, '2 of 3 dots left'],
    [
      'it',
      'silent.hidden',
      { count: 1 },
      '1 contributo degli altri, nascosto fino alla rivelazione',
    ],
    ['en', 'vote.total', { count: 1 }, '1 vote'],
    ['it', 'phase.silent', undefined, 'Scrittura silenziosa'],
    ['en', 'mod.next.silent', undefined, 'Reveal contributions'],
  ] as const)('%s %s %j -> %s', (lang, key, params, expected) => {
    expect(translate(lang, key, params)).toBe(expected);
  });

  test('has an English text for every Italian one, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(it).sort());
    for (const value of [...Object.values(en), ...Object.values(it)]) expect(value).not.toBe('');
  });

  test('has every phase and field option in both languages', async () => {
    const board = await import('@tavolo/board');
    const keys = [
      ...board.PHASES.flatMap((p) => [`phase.${p}`, `phase.hint.${p}`, `phase.hintModerator.${p}`]),
      ...board.SKILL_TYPES.map((v) => `skillType.${v}`),
      ...board.LEVELS.map((v) => `level.${v}`),
      ...board.HORIZONS.map((v) => `horizon.${v}`),
      ...board.DIFFICULTIES.map((v) => `difficulty.${v}`),
      ...board.DIRECTIONS.map((v) => `direction.${v}`),
      ...board.ACTORS.map((v) => `actor.${v}`),
      ...board.INSTRUMENTS.map((v) => `instrument.${v}`),
    ];
    expect(keys.filter((k) => !isMessageKey(k))).toEqual([]);
  });

  test('recognises only catalogue keys', () => {
    expect(isMessageKey('section.needs')).toBe(true);
    expect(isMessageKey('section.nowhere')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});
