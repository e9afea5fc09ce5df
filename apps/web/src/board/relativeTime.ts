import type { Language } from '../i18n/translate.js';

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * How long ago `at` was, at `now`, in words of `language` ("5 minuti fa", "ieri"); null under a
 * minute, or for a time ahead of `now` (another device's clock may run fast), which the caller
 * says as "just now".
 */
export function relativeTime(at: number, now: number, language: Language): string | null {
  const ago = now - at;
  for (const [unit, ms] of UNITS) {
    if (ago >= ms) {
      const format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
      return format.format(-Math.floor(ago / ms), unit);
    }
  }
  return null;
}

/** The full date and time of `at`, for a tooltip. */
export function fullTime(at: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}
