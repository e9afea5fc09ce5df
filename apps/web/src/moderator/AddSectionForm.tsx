import { addSection, CARD_KINDS, type CardKind } from '@tavolo/board';
import { useId, useState, type FormEvent } from 'react';
import { useConnection } from '../board/ConnectionContext.js';
import { useT } from '../i18n/useT.js';
import { sectionErrorMessage } from './sectionErrorMessage.js';
import type { SectionNotice } from './SectionRow.js';

/** Adds a section at the end of the board: a kind of contribution and a title. */
export function AddSectionForm({ notify }: { notify: (notice: SectionNotice) => void }) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const [kind, setKind] = useState<CardKind>('note');
  const [title, setTitle] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      connection.run((doc, actor) => addSection(doc, actor, { kind, title }));
      notify({ kind: 'status', message: t('sections.added', { section: title.trim() }) });
      setTitle('');
    } catch (err) {
      notify({ kind: 'error', message: t(sectionErrorMessage(err)) });
    }
  };

  return (
    <form className="add-section" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('sections.newKind')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => setKind(e.target.value as CardKind)}
        >
          {CARD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-title`}>{t('sections.newTitle')}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={80}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <button type="submit">{t('sections.add')}</button>
    </form>
  );
}
