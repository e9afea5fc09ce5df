import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { invitationUsable, type TableView } from '../types.js';
import { InvitationItem } from './InvitationItem.js';
import { NewInvitationForm } from './NewInvitationForm.js';

/** What a table's card, and the invitations panel it passes them on to, take. */
export interface TablePanelProps {
  table: TableView;
  readOnly: boolean;
  /** When "still valid" is judged; the page's clock. */
  now: number;
  onChanged(): void;
}

/** A table's invitations: hand out a new one by role, and the ones handed out so far. */
export function InvitationsPanel({ table, readOnly, now, onChanged }: TablePanelProps) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  // When the form closes, the focus returns to the button that opened it.
  const newButton = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);
  useEffect(() => {
    if (!adding && wasAdding.current) newButton.current?.focus();
    wasAdding.current = adding;
  }, [adding]);
  const usable = table.invitations.filter((i) => invitationUsable(i, now));
  const past = table.invitations.filter((i) => !invitationUsable(i, now));

  const item = (invitation: TableView['invitations'][number], isUsable: boolean) => (
    <InvitationItem
      key={invitation.id}
      invitation={invitation}
      tableTitle={table.title}
      usable={isUsable}
      readOnly={readOnly}
      onChanged={onChanged}
    />
  );

  return (
    <section
      className="invitations"
      aria-label={t('secretariat.invite.title', { table: table.title })}
    >
      <div className="invitations-head">
        <h4>{t('secretariat.invite.heading')}</h4>
        {!readOnly && !adding && (
          <button
            ref={newButton}
            type="button"
            aria-label={t('secretariat.invite.newFor', { table: table.title })}
            onClick={() => setAdding(true)}
          >
            {t('secretariat.invite.new')}
          </button>
        )}
      </div>
      {adding && (
        <NewInvitationForm
          tableId={table.id}
          onCreated={() => {
            setAdding(false);
            onChanged();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {usable.length === 0 && <p className="muted">{t('secretariat.invite.none')}</p>}
      <ul className="invitation-list">{usable.map((i) => item(i, true))}</ul>
      {past.length > 0 && (
        <details className="invitation-past">
          <summary>{t('secretariat.invite.past', { count: past.length })}</summary>
          <ul className="invitation-list">{past.map((i) => item(i, false))}</ul>
        </details>
      )}
    </section>
  );
}
