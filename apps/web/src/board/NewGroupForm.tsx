import { createGroup, type Section } from '@tavolo/board';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { useConnection } from './ConnectionContext.js';
import { useDragKit, type DropBinding } from './grouping/dragKit.js';
import { BoardActionError, useBoardAction } from './useBoardAction.js';

interface NewGroupProps {
  section: Section;
  sectionTitle: string;
}

/**
 * Creates an empty group under a heading in a section (grouping phase, moderator); a card
 * dropped on it starts a new group named after the card.
 */
export function NewGroupForm(props: NewGroupProps) {
  const t = useT();
  const kit = useDragKit();
  if (!kit) return <NewGroupBody {...props} drop={null} />;
  return (
    <kit.DropArea
      id={`new:${props.section.id}`}
      section={props.section.id}
      label={t('group.newDrop')}
      target={{ kind: 'newGroup' }}
    >
      {(drop) => <NewGroupBody {...props} drop={drop} />}
    </kit.DropArea>
  );
}

function NewGroupBody({
  section,
  sectionTitle,
  drop,
}: NewGroupProps & { drop: DropBinding | null }) {
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
  const classes = ['new-group', drop && 'drop-zone', drop?.over && 'drop-over'];

  return (
    <form
      ref={drop?.attach}
      className={classes.filter(Boolean).join(' ')}
      onSubmit={submit}
      noValidate
    >
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
