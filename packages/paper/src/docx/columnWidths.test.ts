import { describe, expect, it } from 'vitest';
import type { Column, Row } from '../layout/Block.js';
import { cell, text } from '../layout/Block.js';
import { CELL_PADDING, CHAR_TWIPS, columnWidths, LONGEST_WORD } from './columnWidths.js';

const row = (...cells: string[]): Row => ({ cells: cells.map((c) => cell(text(c))) });
const wordWidth = (chars: number) => chars * CHAR_TWIPS + CELL_PADDING;

describe('columnWidths', () => {
  const columns: Column[] = [
    { header: 'N.', width: 10 },
    { header: 'Testo', width: 70 },
    { header: 'Gruppo', width: 20 },
  ];

  it('shares the width by the relative widths when every word fits', () => {
    expect(columnWidths(columns, [row('1', 'Saldatore', 'Metalli')], 10_000)).toEqual([
      1000, 7000, 2000,
    ]);
  });

  it('widens a column to its longest word, taking the room from the others by their share', () => {
    const widths = columnWidths(columns, [row('1', 'Saldatore', 'Internazionalizzazione')], 10_000);
    expect(widths[2]).toBe(wordWidth('Internazionalizzazione'.length));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(10_000);
    // The other two keep their 1 : 7 ratio.
    expect(widths[1]! / widths[0]!).toBeCloseTo(7, 1);
  });

  it('counts headers, breaks words at spaces and hyphens, and ignores spanning cells', () => {
    const spanning: Row = { cells: [{ content: [text('Sovrapprezzodellaformazione')], span: 3 }] };
    const widths = columnWidths(
      [{ header: 'Assunzioni', width: 5 }, ...columns.slice(1)],
      [row('1', 'Clust-ER Emilia-Romagna', 'Metalli'), spanning],
      10_000,
    );
    expect(widths[0]).toBe(wordWidth('Assunzioni'.length));
    expect(widths[1]! + widths[2]!).toBe(10_000 - widths[0]!);
  });

  it('grows no column beyond the longest word it makes room for (links break anyway)', () => {
    const link = 'https://www.regione.emilia-romagna.it/'.padEnd(80, 'x');
    const widths = columnWidths(columns, [row('1', 'Testo', link)], 10_000);
    expect(widths[2]).toBe(wordWidth(LONGEST_WORD));
  });

  it('follows the longest words when even they do not fit', () => {
    const widths = columnWidths(columns, [row('1234567890', 'abcdefghij', 'abcdefghij')], 3000);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(3000);
    expect(widths[0]).toBe(widths[1]);
  });
});
