import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * A form that opens in place (editing the event or a table, adding a table): whether it is open,
 * and the props that have it sent with `send`. Once the server accepts, the form closes and
 * `onSent` runs; cancelling forgets the last refusal and closes it.
 */
export function useInlineForm<F, R>(send: (fields: F) => Promise<R>, onSent: (result: R) => void) {
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: (result: R) => {
      setOpen(false);
      onSent(result);
    },
  });
  return {
    open,
    show: () => setOpen(true),
    /** For the form: `pending`, `error`, `onSubmit` and `onCancel`. */
    formProps: {
      pending: mutation.isPending,
      error: mutation.error,
      onSubmit: (fields: F) => mutation.mutate(fields),
      onCancel: () => {
        mutation.reset();
        setOpen(false);
      },
    },
  };
}
