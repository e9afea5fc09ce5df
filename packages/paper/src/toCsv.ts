import { rowsOf, type ContributionRow } from './contributionRows.js';
import { contributionHeaders, contributionValues, type SheetValue } from './contributionTable.js';
import { labelsFor } from './labels.js';
import type { Paper, PaperLanguage } from './Paper.js';

/** Byte order mark: without it Excel reads UTF-8 as the local code page and mangles accents. */
const BOM = '\uFEFF';

/**
 * Every contribution as CSV, one row each (RFC 4180: comma-separated, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break), starting with a byte order mark. Text
 * that a spreadsheet would run as a formula gets a leading apostrophe. Write it out as UTF-8.
 */
export function toCsv(
  input: Paper | readonly ContributionRow[],
  language: PaperLanguage = 'it',
): string {
  const labels = labelsFor(language);
  const rows = rowsOf(input);
  const lines = [
    contributionHeaders(labels).map(csvField),
    ...rows.map((row) => contributionValues(row, labels).map(csvField)),
  ];
  return BOM + lines.map((fields) => fields.join(',') + '\r\n').join('');
}

/** One field, neutralised against formula injection and quoted as RFC 4180 requires. */
export function csvField(value: SheetValue): string {
  if (value === null) return '';
  // Numbers are written by us, never by a contributor: "-3" is a number, not a formula.
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Prefixes an apostrophe to text a spreadsheet would read as a formula: text starting with
 * = + - @, and (as OWASP advises) with a tab or carriage return, which some spreadsheets skip.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
