import { useT } from '../i18n/useT.js';
import { useSyncState } from '../sync/useTableConnection.js';
import { useConnection } from './ConnectionContext.js';

/** Undo and redo of this person's own changes (others' changes are never undone). */
export function UndoRedo() {
  const t = useT();
  const connection = useConnection();
  const { canUndo, canRedo } = useSyncState(connection);
  return (
    <div className="undo-redo" role="group" aria-label={t('undo.group')}>
      <button
        type="button"
        className="icon-button"
        disabled={!canUndo}
        aria-label={t('undo.undo')}
        title={t('undo.undo')}
        onClick={() => connection.undoManager.undo()}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="icon-button"
        disabled={!canRedo}
        aria-label={t('undo.redo')}
        title={t('undo.redo')}
        onClick={() => connection.undoManager.redo()}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
