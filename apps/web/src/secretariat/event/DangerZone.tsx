import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProblem } from '../../forms/FormProblem.js';
import { TextField } from '../../forms/TextField.js';
import { useT } from '../../i18n/useT.js';
import { navigate } from '../navigation.js';
import { useSecretariat } from '../SecretariatContext.js';
import type { EventView } from '../types.js';

type Step = 'idle' | 'archive' | 'delete';

/**
 * Archiving (every board closed and read-only, links stop working) and deleting (everything
 * erased). Both ask first; deleting asks for the event's title to be typed.
 */
export function DangerZone({
  event,
  onChanged,
}: {
  event: EventView;
  onChanged(view?: EventView): void;
}) {
  const t = useT();
  const { api } = useSecretariat();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>('idle');
  const [typed, setTyped] = useState('');
  const archive = useMutation({
    mutationFn: () => api.archiveEvent(event.id),
    onSuccess: (view) => {
      setStep('idle');
      onChanged(view);
    },
  });
  const remove = useMutation({
    mutationFn: () => api.deleteEvent(event.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['secretariat', 'event', event.id] });
      void queryClient.invalidateQueries({ queryKey: ['secretariat', 'events'] });
      navigate('/segreteria');
    },
  });
  const cancel = () => {
    setStep('idle');
    setTyped('');
    archive.reset();
    remove.reset();
  };
  const archived = event.archivedAt !== null;

  return (
    <section className="panel danger-zone" aria-labelledby="danger-title">
      <h2 id="danger-title">{t('secretariat.danger.title')}</h2>
      {step === 'idle' && (
        <div className="button-row">
          {!archived && (
            <button type="button" className="danger-outline" onClick={() => setStep('archive')}>
              {t('secretariat.danger.archive')}
            </button>
          )}
          <button type="button" className="danger-outline" onClick={() => setStep('delete')}>
            {t('secretariat.danger.delete')}
          </button>
        </div>
      )}
      {step === 'archive' && (
        <ConfirmStep
          questionId="archive-q"
          question={t('secretariat.danger.archiveConfirm')}
          confirm={
            <button type="button" className="danger" onClick={() => archive.mutate()}>
              {t('secretariat.danger.archiveYes')}
            </button>
          }
          onCancel={cancel}
          error={archive.error}
        />
      )}
      {step === 'delete' && (
        <ConfirmStep
          questionId="delete-q"
          question={t('secretariat.danger.deleteConfirm')}
          onSubmit={() => {
            if (typed.trim() === event.title) remove.mutate();
          }}
          confirm={
            <button type="submit" className="danger" disabled={typed.trim() !== event.title}>
              {t('secretariat.danger.deleteYes')}
            </button>
          }
          onCancel={cancel}
          error={remove.error}
        >
          <TextField
            label={t('secretariat.danger.typeTitle', { title: event.title })}
            value={typed}
            onChange={setTyped}
            autoComplete="off"
          />
        </ConfirmStep>
      )}
    </section>
  );
}

/**
 * A step that asks before acting: an alert dialog, named by its question and focused as it opens,
 * with what to fill in (`children`), the `confirm` button, cancel, and why the last try was
 * refused. With `onSubmit` it is a form, so that Enter in its field confirms.
 */
function ConfirmStep({
  questionId,
  question,
  confirm,
  onCancel,
  error,
  onSubmit,
  children,
}: {
  questionId: string;
  question: string;
  confirm: ReactNode;
  onCancel(): void;
  error: unknown;
  onSubmit?: () => void;
  children?: ReactNode;
}) {
  const t = useT();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
  }, []);
  const content = (
    <>
      <p id={questionId}>{question}</p>
      {children}
      <div className="button-row">
        {confirm}
        <button type="button" onClick={onCancel}>
          {t('secretariat.cancel')}
        </button>
      </div>
      <FormProblem error={error} />
    </>
  );
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={questionId}
      tabIndex={-1}
      ref={dialog}
    >
      {onSubmit ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {content}
        </form>
      ) : (
        content
      )}
    </div>
  );
}
