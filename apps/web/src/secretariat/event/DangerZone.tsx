import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
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
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step !== 'idle') confirmRef.current?.focus();
  }, [step]);
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
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="archive-q"
          tabIndex={-1}
          ref={confirmRef}
        >
          <p id="archive-q">{t('secretariat.danger.archiveConfirm')}</p>
          <div className="button-row">
            <button type="button" className="danger" onClick={() => archive.mutate()}>
              {t('secretariat.danger.archiveYes')}
            </button>
            <button type="button" onClick={cancel}>
              {t('secretariat.cancel')}
            </button>
          </div>
          <FormProblem error={archive.error} />
        </div>
      )}
      {step === 'delete' && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="delete-q"
          tabIndex={-1}
          ref={confirmRef}
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (typed.trim() === event.title) remove.mutate();
            }}
          >
            <p id="delete-q">{t('secretariat.danger.deleteConfirm')}</p>
            <TextField
              label={t('secretariat.danger.typeTitle', { title: event.title })}
              value={typed}
              onChange={setTyped}
              autoComplete="off"
            />
            <div className="button-row">
              <button type="submit" className="danger" disabled={typed.trim() !== event.title}>
                {t('secretariat.danger.deleteYes')}
              </button>
              <button type="button" onClick={cancel}>
                {t('secretariat.cancel')}
              </button>
            </div>
            <FormProblem error={remove.error} />
          </form>
        </div>
      )}
    </section>
  );
}
