import { createGroup, type Section } from '@tavolo/board';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { useConnection } from './ConnectionContext.js';
import { BoardActionError, useBoardAction } from './useBoardAction.js';

/** Creates an empty group under a heading in a section (grouping phase, moderator). */
export function NewGroupForm({
  section,
  sectionTitle,
}: {
  section: Section;
  sectionTitle: string;
}) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const [heading, setHeading] = useState('');
  const { act, error } = useBoardAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    act(() => {
      connection.run((doc, a) => createGroup(doc, a, { section: section.id, heading }));
      setHeading('');
    });
  };

  return (
    <form className="new-group" onSubmit={submit} noValidate>
      <label htmlFor={id}>{t('group.newIn', { section: sectionTitle })}</label>
      <div className="inline-form">
        <input
          id={id}
          value={heading}
          maxLength={200}
          placeholder={t('group.headingPlaceholder')}
          onChange={(e) => setHeading(e.target.value)}
        />
        <button type="submit">{t('group.create')}</button>
      </div>
      <BoardActionError error={error} />
    </form>
  );
}
