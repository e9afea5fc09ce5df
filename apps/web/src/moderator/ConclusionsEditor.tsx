import { setConclusions, type BoardSnapshot } from '@tavolo/board';
import { useId, useState, type FormEvent } from 'react';
import { useConnection } from '../board/ConnectionContext.js';
import { useT } from '../i18n/useT.js';

/** The moderator writes the table's conclusions for the paper during synthesis. */
export function ConclusionsEditor({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? board.conclusions;
  const readOnly = board.phase === 'closed';

  const save = (event: FormEvent) => {
    event.preventDefault();
    connection.run((doc, a) => setConclusions(doc, a, text));
    setDraft(null);
  };

  return (
    <form className="conclusions-editor" onSubmit={save}>
      <label htmlFor={id}>{t('conclusions.title')}</label>
      <textarea
        id={id}
        rows={5}
        value={text}
        readOnly={readOnly}
        onChange={(e) => setDraft(e.target.value)}
      />
      {!readOnly && (
        <div className="form-actions">
          {draft === null && board.conclusions !== '' && (
            <span className="hint" role="status">
              {t('conclusions.saved')}
            </span>
          )}
          <button type="submit" className="primary" disabled={draft === null}>
            {t('conclusions.save')}
          </button>
        </div>
      )}
    </form>
  );
}
