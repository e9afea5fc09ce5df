import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate.js';
import { describeFieldError } from './fieldError.js';

const inItalian = (code: string) => {
  const { key, params } = describeFieldError(code);
  return translate('it', key, params);
};

describe('describeFieldError', () => {
  it.each([
    ['required', 'Campo obbligatorio'],
    ['too_long:80', 'Al massimo 80 caratteri'],
    ['format:HH:MM', 'Formato non valido: serve HH:MM'],
    ['one_of:it|en', 'Scegli uno tra: it, en'],
    ['range:1..2160', 'Deve essere tra 1 e 2160'],
    ['list_of_at_most:6', 'Al massimo 6 elementi'],
    ['must be text', 'Valore non valido'],
  ])('%s -> %s', (code, text) => expect(inItalian(code)).toBe(text));
});
