import { useT } from '../../i18n/useT.js';
import { QrCode } from '../QrCode.js';
import type { InvitationView, TableView } from '../types.js';

/** Where people type a code by hand: the invitation's own server, at /entra. */
function entryAddress(invitationUrl: string): string {
  try {
    const url = new URL(invitationUrl);
    return `${url.host}/entra`;
  } catch {
    return '/entra';
  }
}

/** One table's page of the print sheet: title, QR code, short code, how to join. */
export function TableSheet({
  table,
  invitation,
  eventTitle,
  eventDate,
}: {
  table: TableView;
  invitation: InvitationView;
  eventTitle: string;
  eventDate: string;
}) {
  const t = useT();
  return (
    <article className="sheet" aria-label={table.title}>
      <p className="sheet-event">
        {eventTitle} · {eventDate}
      </p>
      <h2 className="sheet-title">{table.title}</h2>
      {(table.cluster || table.area) && (
        <p className="sheet-meta">{[table.cluster, table.area].filter(Boolean).join(' · ')}</p>
      )}
      <QrCode
        className="qr-svg sheet-qr"
        text={invitation.url}
        label={t('secretariat.print.qrLabel', { table: table.title })}
      />
      <p className="sheet-step">{t('secretariat.print.scan')}</p>
      <p className="sheet-step">
        {t('secretariat.print.orType', { address: entryAddress(invitation.url) })}
      </p>
      <p className="sheet-code">{invitation.code}</p>
      <p className="sheet-foot">{t('secretariat.print.foot')}</p>
    </article>
  );
}
