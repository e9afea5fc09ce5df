import { useT } from '../i18n/useT.js';
import { joinErrorKey } from './joinErrorKey.js';

/** Why an invitation link does not open a table, and what to do instead. */
export function JoinProblem({ error }: { error: unknown }) {
  const t = useT();
  return (
    <section className="join-card" aria-labelledby="invite-problem">
      <h1 id="invite-problem">{t('invite.problemTitle')}</h1>
      <p role="alert" className="form-problem">
        {t(joinErrorKey(error))}
      </p>
      <p>{t('invite.problemHelp')}</p>
      <p>
        <a href="/entra">{t('invite.tryCode')}</a>
      </p>
    </section>
  );
}
