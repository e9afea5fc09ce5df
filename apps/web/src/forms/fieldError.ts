import type { MessageKey } from '../i18n/it.js';
import type { MessageParams } from '../i18n/translate.js';

/** A server field error (`required`, `too_long:80`, `format:HH:MM`…) as a message to show. */
export interface FieldErrorMessage {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** Turns the API's field error code into a translated message; unknown codes read as "invalid". */
export function describeFieldError(code: string): FieldErrorMessage {
  const [kind, detail = ''] = splitOnce(code, ':');
  switch (kind) {
    case 'required':
      return { key: 'fieldError.required' };
    case 'too_long':
      return { key: 'fieldError.tooLong', params: { max: detail } };
    case 'format':
      return { key: 'fieldError.format', params: { format: detail } };
    case 'one_of':
      return { key: 'fieldError.oneOf', params: { options: detail.split('|').join(', ') } };
    case 'range': {
      const [min = '', max = ''] = detail.split('..');
      return { key: 'fieldError.range', params: { min, max } };
    }
    case 'list_of_at_most':
      return { key: 'fieldError.listTooLong', params: { max: detail } };
    default:
      return { key: 'fieldError.invalid' };
  }
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}
