import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../i18n/useT.js';
import { blankEvent, EventForm } from './EventForm.js';
import { eventKey } from './useEvent.js';
import { navigate } from './navigation.js';
import { useSecretariat } from './SecretariatContext.js';
import { SecretariatLayout } from './SecretariatLayout.js';
import type { EventFields } from './types.js';

/** /segreteria/nuovo-evento: creates an event, then opens it to add its tables. */
export function NewEventPage() {
  const t = useT();
  const { api } = useSecretariat();
  const queryClient = useQueryClient();
  const [initial] = useState(() => blankEvent(new Date()));
  const create = useMutation({
    mutationFn: (fields: EventFields) => api.createEvent(fields),
    onSuccess: (view) => {
      queryClient.setQueryData(eventKey(view.id), view);
      void queryClient.invalidateQueries({ queryKey: ['secretariat', 'events'] });
      navigate(`/segreteria/eventi/${view.id}`);
    },
  });
  return (
    <SecretariatLayout
      title={t('secretariat.newEvent.title')}
      back={{ to: '/segreteria', label: t('secretariat.events.title') }}
    >
      <section className="panel">
        <EventForm
          initial={initial}
          submitLabel={t('secretariat.newEvent.submit')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(fields) => create.mutate(fields)}
          onCancel={() => navigate('/segreteria')}
        />
      </section>
    </SecretariatLayout>
  );
}
