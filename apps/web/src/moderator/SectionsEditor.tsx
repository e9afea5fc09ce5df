import type { BoardSnapshot } from '@tavolo/board';
import { useCallback, useState } from 'react';
import { useT } from '../i18n/useT.js';
import { AddSectionForm } from './AddSectionForm.js';
import { SectionRow, type MoveFocus, type SectionNotice } from './SectionRow.js';

/**
 * The moderator's editor of the board's sections: add one with its kind, rename in place,
 * move up and down, remove an empty one. Open by itself while the board has no section.
 */
export function SectionsEditor({ board }: { board: BoardSnapshot }) {
  const t = useT();
  const [open, setOpen] = useState(board.sections.length === 0);
  const [notice, setNotice] = useState<SectionNotice | null>(null);
  const [moved, setMoved] = useState<{ id: string; focus: MoveFocus } | null>(null);
  const refocused = useCallback(() => setMoved(null), []);
  const { sections } = board;
  if (board.phase === 'closed') return null;

  return (
    <details
      className="control-group sections-editor"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('sections.summary', { count: sections.length })}</summary>
      {sections.length === 0 ? (
        <p className="sections-empty">{t('sections.empty')}</p>
      ) : (
        <ol className="sections-list" aria-label={t('sections.list')}>
          {sections.map((section, index) => (
            <SectionRow
              key={section.id}
              section={section}
              index={index}
              count={sections.length}
              focus={moved?.id === section.id ? moved.focus : null}
              onMoved={(id, focus) => setMoved({ id, focus })}
              onRefocused={refocused}
              notify={setNotice}
            />
          ))}
        </ol>
      )}
      <AddSectionForm notify={setNotice} />
      <p className="sections-notice" role="status">
        {notice?.kind === 'status' ? notice.message : ''}
      </p>
      {notice?.kind === 'error' && (
        <p className="field-error" role="alert">
          {notice.message}
        </p>
      )}
    </details>
  );
}
