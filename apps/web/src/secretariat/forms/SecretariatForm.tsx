import type { ReactNode, RefObject } from 'react';
import { FormProblem } from '../../forms/FormProblem.js';
import { useT } from '../../i18n/useT.js';

/** What a page gives the form of an event or a table: where it starts, and the request it sends. */
export interface SecretariatFormProps<F> {
  initial: F;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(fields: F): void;
  onCancel?: () => void;
}

/**
 * The frame of the secretariat's forms: the fields, on two columns; why the last request was
 * refused; the submit button and, when the page offers it, the cancel button.
 */
export function SecretariatForm({
  formRef,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
  children,
}: Omit<SecretariatFormProps<unknown>, 'initial' | 'onSubmit'> & {
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit(): void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <form
      ref={formRef}
      className="sec-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      {children}
      <div className="span-2">
        <FormProblem error={error} />
      </div>
      <div className="form-buttons span-2">
        <button type="submit" className="primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('secretariat.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
