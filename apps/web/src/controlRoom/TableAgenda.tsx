import type { Phase } from '@tavolo/board';
import { AgendaForm } from '../agenda/AgendaForm.js';
import type { Agenda } from '../agenda/agendaDraft.js';
import { problemKey } from '../forms/FormProblem.js';
import { useT } from '../i18n/useT.js';
import { useSecretariat } from '../secretariat/SecretariatContext.js';

/**
 * The secretariat's edit of one table's agenda, from the control room: saved through the API
 * into the board, so the moderator's panel and this tile show it live.
 */
export function TableAgenda({
  tableId,
  agenda,
  phase,
}: {
  tableId: string;
  agenda: Agenda;
  phase: Phase;
}) {
  const t = useT();
  const { api } = useSecretariat();
  const save = async (next: Agenda) => {
    try {
      await api.setAgenda(tableId, next);
    } catch (err) {
      throw new Error(t(problemKey(err)), { cause: err });
    }
  };
  return (
    <details className="tile-agenda">
      <summary>{t('controlRoom.agenda.edit')}</summary>
      <AgendaForm agenda={agenda} current={phase} onSave={save} />
    </details>
  );
}
