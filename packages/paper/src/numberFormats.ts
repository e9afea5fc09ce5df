/** The number (and list) formats a paper uses in one language. */
export interface NumberFormats {
  readonly number: Intl.NumberFormat;
  readonly percent: Intl.NumberFormat;
  /** Two decimals, for the priority index. */
  readonly score: Intl.NumberFormat;
  /** "a, b e c" / "a, b and c". */
  readonly list: Intl.ListFormat;
}

/**
 * Fresh number formats for a locale. Made once per rendering and passed along with the labels:
 * constructing an Intl.NumberFormat costs some 30 µs, too much to do for every number.
 */
export function numberFormats(locale: string): NumberFormats {
  const format = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
  return {
    number: format({ maximumFractionDigits: 2 }),
    percent: format({ style: 'percent' }),
    score: format({ minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    list: new Intl.ListFormat(locale, { type: 'conjunction' }),
  };
}
