import { useT } from '../i18n/useT.js';
import type { InvitationSummary } from './invitationApi.js';

/** Which table of which event the invitation opens, and as whom. */
export function InvitationSummaryCard({ summary }: { summary: InvitationSummary }) {
  const t = useT();
  return (
    <div className="invite-summary">
      {summary.eventTitle && <p className="invite-event">{summary.eventTitle}</p>}
      <p className="invite-table">{summary.tableTitle}</p>
      <p className={`role-badge role-${summary.role}`}>
        {t('invite.as', { role: t(`invite.role.${summary.role}`) })}
      </p>
    </div>
  );
}
