import { useRef, useState } from 'react';
import { fieldErrorsOf } from '../api/ApiError.js';
import { useFocusFirstInvalid } from './FormProblem.js';
import { useFieldErrors } from './useFieldErrors.js';

/**
 * The state of a form the server validates: the fields as typed (from `initial()`), a setter for
 * each, the translated errors of the fields the last refusal (`error`) names, and the focus moved
 * to the first of them (`formRef` goes on the form). `field(name)` is a field's value, onChange and
 * error, to spread on a TextField or SelectField.
 */
export function useApiForm<F extends object>(initial: () => F, error: unknown) {
  const [fields, setFields] = useState<F>(initial);
  const formRef = useRef<HTMLFormElement>(null);
  const errorFor = useFieldErrors(fieldErrorsOf(error));
  useFocusFirstInvalid(formRef, error);
  const set =
    <K extends keyof F>(key: K) =>
    (value: F[K]) =>
      setFields((f) => ({ ...f, [key]: value }));
  const field = <K extends keyof F & string>(name: K) => ({
    value: fields[name],
    onChange: set(name),
    error: errorFor(name),
  });
  return { fields, set, field, errorFor, formRef };
}
