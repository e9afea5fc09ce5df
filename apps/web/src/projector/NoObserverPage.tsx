import { useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField.js';
import { useT } from '../i18n/useT.js';
import { JoinLayout } from '../join/JoinLayout.js';
import { invitationPath } from './invitationPath.js';

/**
 * /t/<table>/proiettore on a device with no identity for the table: the wall is an observer,
 * whom only the secretariat's invitation admits, so this says so and takes that invitation
 * (link or code) instead of offering the participants' join form.
 */
export function NoObserverPage({
  tableId,
  navigate,
}: {
  tableId: string;
  navigate(path: string): void;
}) {
  const t = useT();
  const [pasted, setPasted] = useState('');
  const [invalid, setInvalid] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const path = invitationPath(pasted);
    setInvalid(path === null);
    if (path) navigate(path);
  }

  return (
    <JoinLayout>
      <form
        className="join-card need-invite"
        onSubmit={submit}
        noValidate
        aria-labelledby="need-invite-title"
      >
        <h1 id="need-invite-title">{t('projector.needInvite.title')}</h1>
        <p>{t('projector.needInvite.body')}</p>
        <ol className="need-invite-steps">
          <li>{t('projector.needInvite.step1')}</li>
          <li>{t('projector.needInvite.step2')}</li>
        </ol>
        <TextField
          label={t('projector.needInvite.label')}
          hint={t('projector.needInvite.hint')}
          value={pasted}
          onChange={(value) => {
            setPasted(value);
            setInvalid(false);
          }}
          error={invalid ? t('projector.needInvite.invalid') : null}
          autoComplete="off"
          maxLength={2000}
        />
        <button type="submit" className="primary wide">
          {t('projector.needInvite.submit')}
        </button>
      </form>
      <p className="join-aside">
        <a href={`/t/${tableId}`}>{t('projector.needInvite.participant')}</a>
      </p>
    </JoinLayout>
  );
}
