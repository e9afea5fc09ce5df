import type { Cell, Column, Inline, Row } from '../layout/Block.js';

/**
 * Twips one character of 9 pt Calibri takes, on average over a word: Calibri's mean advance
 * is about half its size (90 twips at 9 pt); bold and capitals run wider.
 */
export const CHAR_TWIPS = 100;
/** Word's default cell margins, left and right (108 twips each), and a little slack. */
export const CELL_PADDING = 240;
/**
 * Words longer than this are links, codes or compounds that break anyway: a column does not
 * grow for them beyond this many characters. Italian's long words ("internazionalizzazione",
 * 22) fit.
 */
export const LONGEST_WORD = 24;

/**
 * Column widths in twips that add up to `total`: each column as wide as its share of the
 * relative widths, but never narrower than its longest word (headers included), so Word does
 * not break a word across lines; the room a narrow column needs is taken from the others in
 * proportion to their share. When even the longest words do not fit, the widths follow them.
 */
export function columnWidths(
  columns: readonly Column[],
  rows: readonly Row[],
  total: number,
): number[] {
  const longest = columns.map((c) => longestWord(c.header));
  for (const row of rows) {
    let at = 0;
    for (const cell of row.cells) {
      const span = cell.span ?? 1;
      // A spanning cell has the room of several columns; it does not set any one's width.
      if (span === 1 && at < longest.length) {
        longest[at] = Math.max(longest[at]!, longestWord(cellText(cell)));
      }
      at += span;
    }
  }
  const min = longest.map((n) => Math.min(n, LONGEST_WORD) * CHAR_TWIPS + CELL_PADDING);
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum >= total)
    return rounded(
      min.map((m) => (m / minSum) * total),
      total,
    );

  // Columns that would be narrower than their minimum are held at it; the rest share what is
  // left by their relative widths. Each pass holds at least one more column, so it ends.
  const held = new Set<number>();
  let widths: number[] = [];
  for (;;) {
    const left = total - [...held].reduce((n, i) => n + min[i]!, 0);
    const weight = columns.reduce((n, c, i) => (held.has(i) ? n : n + c.width), 0);
    widths = columns.map((c, i) => (held.has(i) ? min[i]! : (c.width / weight) * left));
    const short = widths.flatMap((w, i) => (!held.has(i) && w < min[i]! ? [i] : []));
    if (short.length === 0) break;
    for (const i of short) held.add(i);
  }
  return rounded(widths, total);
}

/** Whole twips that still add up to `total` (the remainder goes to the widest column). */
function rounded(widths: readonly number[], total: number): number[] {
  const out = widths.map(Math.floor);
  const widest = out.indexOf(Math.max(...out));
  out[widest]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function cellText(cell: Cell): string {
  return cell.content.map((i: Inline) => ('text' in i ? i.text : '')).join('');
}

/** Length of the longest run of characters Word will not break: it breaks at spaces and hyphens. */
function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(/[\s\-–—/]+/)) longest = Math.max(longest, word.length);
  return longest;
}
