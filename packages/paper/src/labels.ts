import type { PaperLanguage } from './Paper.js';
import { numberFormats, type NumberFormats } from './numberFormats.js';
import { PaperError } from './PaperError.js';
import { EN } from './labels/en.js';
import { IT, type Wording } from './labels/it.js';

/** Every fixed text a paper prints in one language, and its number formats. */
export type PaperLabels = Wording & { readonly formats: NumberFormats };

const LABELS: Record<PaperLanguage, Wording> = { it: IT, en: EN };

/**
 * The labels of one language, with fresh number formats: call it once per rendering.
 * Throws unknown_language for anything but 'it' and 'en'.
 */
export function labelsFor(language: PaperLanguage): PaperLabels {
  if (language !== 'it' && language !== 'en') {
    throw new PaperError(
      'unknown_language',
      `A paper is written in "it" or "en", not "${String(language)}".`,
      'language',
    );
  }
  const wording = LABELS[language];
  return { ...wording, formats: numberFormats(wording.locale) };
}
