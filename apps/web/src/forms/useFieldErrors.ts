import { useCallback } from 'react';
import { useT } from '../i18n/useT.js';
import { describeFieldError } from './fieldError.js';

/** Translates the API's field errors: `errorFor('title')` is the message for that field, or null. */
export function useFieldErrors(fields: Readonly<Record<string, string>>) {
  const t = useT();
  return useCallback(
    (name: string): string | null => {
      const code = fields[name];
      if (!code) return null;
      const { key, params } = describeFieldError(code);
      return t(key, params);
    },
    [fields, t],
  );
}
