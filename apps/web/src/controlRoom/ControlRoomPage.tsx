import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { FormProblem } from '../forms/FormProblem.js';
import { useT } from '../i18n/useT.js';
import { formatEventDate } from '../secretariat/formatDate.js';
import { retryUnlessRefused } from '../secretariat/SecretariatApi.js';
import { useSecretariat } from '../secretariat/SecretariatContext.js';
import { SecretariatLayout } from '../secretariat/SecretariatLayout.js';
import { useEvent } from '../secretariat/useEvent.js';
import { useUi } from '../ui/UiStoreContext.js';
import { agendaStatus, eventStartMs } from './behindAgenda.js';
import { ControlRoomSummary } from './ControlRoomSummary.js';
import { measureServerOffset } from './serverClock.js';
import { TableAgenda } from './TableAgenda.js';
import { TableTile } from './TableTile.js';
import { createTicker, useTick } from './ticker.js';
import { useEventMonitor } from './useEventMonitor.js';
import './controlRoom.css';

const MINUTE = 60_000;

/** /segreteria/eventi/<id>/regia: every table of the event, live, on one screen. */
export function ControlRoomPage({ eventId }: { eventId: string }) {
  const t = useT();
  const language = useUi((s) => s.language);
  const { api } = useSecretariat();
  const queryClient = useQueryClient();
  // New tables added meanwhile appear within a minute; the boards themselves are live.
  const event = useEvent(eventId, MINUTE);
  const session = useQuery({
    queryKey: ['secretariat', 'session'],
    queryFn: () => api.openSession(),
    staleTime: Infinity,
    retry: retryUnlessRefused,
  });
  const offset = useQuery({
    queryKey: ['serverOffset'],
    queryFn: () => measureServerOffset(),
    staleTime: 10 * MINUTE,
    refetchInterval: 10 * MINUTE,
  });
  const renewToken = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: ['secretariat', 'session'] }),
    [queryClient],
  );
  const tables = useMemo(() => event.data?.tables ?? [], [event.data]);
  const ids = useMemo(() => tables.map((table) => table.id), [tables]);
  const lives = useEventMonitor(ids, session.data, renewToken);
  const [ticker] = useState(() => createTicker(1000));
  const serverNow = useTick(ticker) + (offset.data ?? 0);
  const formatTime = useMemo(() => {
    const format = new Intl.DateTimeFormat(language === 'it' ? 'it-IT' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    });
    return (ms: number) => format.format(new Date(ms));
  }, [language]);

  const view = event.data;
  const start = view ? eventStartMs(view.date, view.startTime) : null;
  const rows = lives.map((live) => ({
    live,
    table: tables.find((table) => table.id === live.tableId),
    agenda: live.board
      ? agendaStatus({
          phase: live.board.phase,
          agenda: live.board.agenda,
          timer: live.board.timer,
          phaseStartedAt: live.board.phaseStartedAt,
          eventStart: start,
          serverNow,
        })
      : null,
  }));

  return (
    <SecretariatLayout
      wide
      title={view ? t('controlRoom.title', { event: view.title }) : t('controlRoom.titleShort')}
      back={{ to: `/segreteria/eventi/${eventId}`, label: view?.title ?? eventId }}
      subtitle={
        view && (
          <p className="muted">
            {formatEventDate(view.date, language)} ·{' '}
            {t('controlRoom.startsAt', { time: view.startTime })} ·{' '}
            {t('controlRoom.serverTime', { time: formatTime(serverNow) })}
          </p>
        )
      }
    >
      {(event.isPending || session.isPending) && <p role="status">{t('secretariat.loading')}</p>}
      <FormProblem error={event.error ?? session.error} />
      {view && (
        <ControlRoomSummary
          tables={rows.length}
          online={rows.reduce((n, r) => n + r.live.online, 0)}
          contributions={rows.reduce((n, r) => n + (r.live.board?.totals.cards ?? 0), 0)}
          behind={rows.filter((r) => r.agenda?.behind).length}
        />
      )}
      {view && view.tables.length === 0 && <p className="panel">{t('controlRoom.noTables')}</p>}
      <div className="tiles">
        {rows.map(({ live, table, agenda }) => (
          <TableTile
            key={live.tableId}
            title={table?.title ?? live.tableId}
            subtitle={table ? [table.cluster, table.area].filter(Boolean).join(' · ') : ''}
            live={live}
            agenda={agenda}
            serverNow={serverNow}
            formatTime={formatTime}
          >
            {live.board && view?.archivedAt === null && (
              <TableAgenda
                tableId={live.tableId}
                agenda={live.board.agenda}
                phase={live.board.phase}
              />
            )}
          </TableTile>
        ))}
      </div>
    </SecretariatLayout>
  );
}
