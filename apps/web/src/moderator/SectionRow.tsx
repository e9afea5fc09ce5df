import { moveSection, removeSection, renameSection, type Section } from '@tavolo/board';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useConnection } from '../board/ConnectionContext.js';
import { useSectionTitle } from '../board/useSectionTitle.js';
import { useT } from '../i18n/useT.js';
import { sectionErrorMessage } from './sectionErrorMessage.js';

/** What the sections editor announces after an edit: done, or why not. */
export interface SectionNotice {
  readonly kind: 'status' | 'error';
  readonly message: string;
}

/** Which of a row's move buttons should hold the focus after the row moved. */
export type MoveFocus = 'up' | 'down' | null;

interface Props {
  readonly section: Section;
  readonly index: number;
  readonly count: number;
  readonly focus: MoveFocus;
  readonly onMoved: (sectionId: string, direction: 'up' | 'down') => void;
  /** Called once the focus is back, so a later move by someone else does not take it. */
  readonly onRefocused: () => void;
  readonly notify: (notice: SectionNotice) => void;
}

/** Every card a section holds, duplicates merged into others included. */
function cardsIn(section: Section): number {
  return section.cards.reduce((n, card) => n + 1 + card.merged.length, 0);
}

/** One section in the editor: its title (renamed in place), kind, moves and removal. */
export function SectionRow({ section, index, count, focus, onMoved, onRefocused, notify }: Props) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const title = useSectionTitle()(section);
  const [draft, setDraft] = useState(title);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const held = cardsIn(section);

  // A rename arriving from another moderator replaces the draft unless this one is typing.
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(title);
  }, [title]);

  // Moving re-inserts the row: give the focus back to the button that moved it.
  useEffect(() => {
    if (focus === null) return;
    const wanted = focus === 'up' ? up.current : down.current;
    const other = focus === 'up' ? down.current : up.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    onRefocused();
  }, [focus, index, onRefocused]);

  const run = (op: () => void, done: string) => {
    try {
      op();
      notify({ kind: 'status', message: done });
      return true;
    } catch (err) {
      notify({ kind: 'error', message: t(sectionErrorMessage(err)) });
      return false;
    }
  };

  const commit = () => {
    editing.current = false;
    if (draft.trim() === title) return;
    const ok = run(
      () => connection.run((doc, a) => renameSection(doc, a, section.id, draft)),
      t('sections.renamed', { section: draft.trim() }),
    );
    if (!ok) setDraft(title);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      editing.current = false;
      setDraft(title);
    }
  };

  const move = (direction: 'up' | 'down') => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const ok = run(
      () => connection.run((doc, a) => moveSection(doc, a, section.id, to)),
      t('sections.moved', { section: title, n: to + 1 }),
    );
    if (ok) onMoved(section.id, direction);
  };

  const remove = () => {
    if (held > 0) {
      notify({ kind: 'error', message: t('sections.notEmpty', { count: held }) });
      return;
    }
    run(
      () => connection.run((doc, a) => removeSection(doc, a, section.id)),
      t('sections.removed', { section: title }),
    );
  };

  return (
    <li className={`section-row tab-${section.kind}`}>
      <span className="section-position" aria-hidden="true">
        {index + 1}
      </span>
      <div className="section-name">
        <input
          aria-label={t('sections.titleOf', { n: index + 1 })}
          value={draft}
          maxLength={80}
          onChange={(e) => {
            editing.current = true;
            setDraft(e.target.value);
          }}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        <span className="section-kind">
          {t('sections.kindOf', { kind: t(`kind.${section.kind}`) })}
        </span>
        {held > 0 && (
          <span id={`${id}-why`} className="section-why">
            {t('sections.notEmpty', { count: held })}
          </span>
        )}
      </div>
      <div className="section-actions">
        <button
          ref={up}
          type="button"
          className="icon-button"
          aria-label={t('sections.moveUp', { section: title })}
          disabled={index === 0}
          onClick={() => move('up')}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          ref={down}
          type="button"
          className="icon-button"
          aria-label={t('sections.moveDown', { section: title })}
          disabled={index === count - 1}
          onClick={() => move('down')}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="remove-section"
          aria-label={t('sections.removeLabel', { section: title })}
          aria-disabled={held > 0 || undefined}
          aria-describedby={held > 0 ? `${id}-why` : undefined}
          onClick={remove}
        >
          {t('sections.remove')}
        </button>
      </div>
    </li>
  );
}
