import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormProblem } from '../../forms/FormProblem.js';
import { useT } from '../../i18n/useT.js';
import { useUi } from '../../ui/UiStoreContext.js';
import { formatEventDate } from '../formatDate.js';
import { useSecretariat } from '../SecretariatContext.js';
import { SecretariatLayout } from '../SecretariatLayout.js';
import { invitationUsable, type InvitationView, type TableView } from '../types.js';
import { useEvent, useEventUpdater } from '../useEvent.js';
import { TableSheet } from './TableSheet.js';
import './print.css';

/** The participants' invitation a table's sheet shows: the newest still valid. */
export function participantInvitation(table: TableView, now: number): InvitationView | null {
  const usable = table.invitations.filter(
    (i) => i.role === 'participant' && invitationUsable(i, now),
  );
  return usable.at(-1) ?? null;
}

/** /segreteria/eventi/<id>/stampa: one A4 page per table with its participants' QR code and code. */
export function PrintSheet({ eventId }: { eventId: string }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const { api } = useSecretariat();
  const event = useEvent(eventId);
  const onChanged = useEventUpdater(eventId);
  const [openedAt] = useState(() => Date.now());
  const tables = event.data?.tables ?? [];
  const missing = tables.filter((table) => !participantInvitation(table, openedAt));
  const createMissing = useMutation({
    mutationFn: () => Promise.all(missing.map((table) => api.invite(table.id, 'participant', ''))),
    onSettled: () => onChanged(),
  });
  const back = { to: `/segreteria/eventi/${eventId}`, label: event.data?.title ?? eventId };

  return (
    <SecretariatLayout
      title={t('secretariat.print.title')}
      back={back}
      wide
      actions={
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('secretariat.print.print')}
        </button>
      }
    >
      {event.isPending && <p role="status">{t('secretariat.loading')}</p>}
      <FormProblem error={event.error} />
      <p className="no-print muted">{t('secretariat.print.intro')}</p>
      {missing.length > 0 && (
        <div className="panel no-print">
          <p>{t('secretariat.print.missing', { count: missing.length })}</p>
          <button
            type="button"
            onClick={() => createMissing.mutate()}
            disabled={createMissing.isPending}
          >
            {t('secretariat.print.createMissing')}
          </button>
          <FormProblem error={createMissing.error} />
        </div>
      )}
      {event.data && (
        <div className="sheets">
          {tables.map((table) => {
            const invitation = participantInvitation(table, openedAt);
            return invitation ? (
              <TableSheet
                key={table.id}
                table={table}
                invitation={invitation}
                eventTitle={event.data.title}
                eventDate={formatEventDate(event.data.date, language)}
              />
            ) : null;
          })}
        </div>
      )}
    </SecretariatLayout>
  );
}
