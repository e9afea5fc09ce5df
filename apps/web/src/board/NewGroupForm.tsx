import { createGroup, type Section } from '@tavolo/board';
import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';
import { cardErrorMessage } from './cardErrorMessage.js';
import { useConnection } from './ConnectionContext.js';

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
  const [error, setError] = useState<MessageKey | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    try {
      connection.run((doc, a) => createGroup(doc, a, { section: section.id, heading }));
      setHeading('');
      setError(null);
    } catch (err) {
      setError(cardErrorMessage(err));
    }
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
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
    </form>
  );
}
