import { en } from './en.js';
import { it, type MessageKey } from './it.js';

/** Languages of the interface; Italian first. */
export type Language = 'it' | 'en';

export const LANGUAGES: readonly Language[] = ['it', 'en'];

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { it, en };

/** Parameters interpolated into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/**
 * Looks a message up and fills its placeholders. With `count: 1` the `<key>.one` variant is
 * used where it exists (Italian and English need no other plural forms).
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const catalogue = CATALOGUES[language];
  const singular = `${key}.one`;
  const template =
    params?.count === 1 && isMessageKey(singular) ? catalogue[singular] : catalogue[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** True when `key` names a message; for keys built from data (section ids, error codes). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(it, key);
}
