import { describe, expect, it } from 'vitest';
import { RECURRENCE_THRESHOLD } from './synthesis.js';
import { similarity, textTokens } from './tokens.js';

const tokens = (text: string) => [...textTokens(text)];
const alike = (a: string, b: string) =>
  similarity(textTokens(a), textTokens(b)) >= RECURRENCE_THRESHOLD;

describe('textTokens', () => {
  it.each([
    ['Programmatore PLC', ['programmator', 'plc']],
    ['Programmatori PLC', ['programmator', 'plc']],
    ['Tecnici di manutenzione', ['tecnic', 'manutenzion']],
    ['Università e ITS', ['universit', 'its']],
    ['Data engineers for the AI', ['data', 'engineer', 'ai']],
    ['Esperto AI', ['espert', 'ai']],
    ['  —  ', []],
  ])('%j -> %j', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });
});

describe('recurrence matching', () => {
  it.each([
    ['Programmatore PLC', 'Programmatori PLC', true],
    ['Programmatore PLC', 'programmatore plc e robot', true],
    ['Tecnico di manutenzione predittiva', 'Tecnici per la manutenzione predittiva', true],
    ['Percorsi ITS serali per lavoratori', 'Percorsi ITS serali per lavoratori occupati', true],
    ['Tecnico manutentore', 'Tecnico di laboratorio', false],
    ['Data scientist', 'Data engineer', false],
    ['Saldatore', 'Operatore logistico', false],
    ['Esperto AI', 'Esperto cloud', false],
  ])('%j ~ %j: %s', (a, b, expected) => {
    expect(alike(a, b)).toBe(expected);
  });
});
