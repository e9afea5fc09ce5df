import type { Language } from '../i18n/translate.js';

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

/** An event's YYYY-MM-DD date written out in the interface language ("martedì 12 maggio 2026"). */
export function formatEventDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'full' }).format(
    new Date(y, m - 1, d),
  );
}

/** A moment in time, short ("12/05/2026, 14:30"). */
export function formatMoment(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(ms));
}
