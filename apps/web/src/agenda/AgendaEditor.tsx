import { setAgenda, type BoardSnapshot } from '@tavolo/board';
import { useId } from 'react';
import { useConnection } from '../board/ConnectionContext.js';
import { useT } from '../i18n/useT.js';
import { AgendaForm } from './AgendaForm.js';

/**
 * The moderator's agenda, in the panel: minutes per phase, written into the board (the
 * secretariat edits the same agenda from the control room). Open while preparing the table.
 */
export function AgendaEditor({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const connection = useConnection();
  const titleId = useId();
  return (
    <details
      className="agenda-editor control-group"
      open={board.phase === 'preparation'}
      aria-labelledby={titleId}
    >
      <summary id={titleId}>{t('agenda.title')}</summary>
      <AgendaForm
        agenda={board.agenda}
        current={board.phase}
        onSave={(agenda) => connection.run((doc, a) => setAgenda(doc, a, agenda))}
      />
    </details>
  );
}
