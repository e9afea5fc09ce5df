import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormProblem } from '../../forms/FormProblem.js';
import { useT } from '../../i18n/useT.js';
import { useUi } from '../../ui/UiStoreContext.js';
import { formatMoment } from '../formatDate.js';
import { QrCode } from '../QrCode.js';
import { useSecretariat } from '../SecretariatContext.js';
import type { InvitationView } from '../types.js';
import { CopyLinkButton } from './CopyLinkButton.js';

/** One invitation: its role, code and link (copy, QR code), and revoking it. */
export function InvitationItem({
  invitation,
  tableTitle,
  usable,
  readOnly,
  onChanged,
}: {
  invitation: InvitationView;
  tableTitle: string;
  usable: boolean;
  readOnly: boolean;
  onChanged(): void;
}) {
  const t = useT();
  const language = useUi((s) => s.language);
  const { api } = useSecretariat();
  const linkId = useId();
  const [showQr, setShowQr] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () => api.revokeInvitation(invitation.id),
    onSuccess: onChanged,
  });
  const role = t(`secretariat.role.${invitation.role}`);
  const name = invitation.label ? `${role} · ${invitation.label}` : role;
  const status = invitation.revokedAt
    ? t('secretariat.invite.revokedOn', { date: formatMoment(invitation.revokedAt, language) })
    : usable
      ? t('secretariat.invite.validUntil', { date: formatMoment(invitation.expiresAt, language) })
      : t('secretariat.invite.expiredOn', { date: formatMoment(invitation.expiresAt, language) });

  return (
    <li className={`invitation${usable ? '' : ' invitation-void'}`}>
      <div className="invitation-head">
        <span className={`role-badge role-${invitation.role}`}>{name}</span>
        <span className="muted">{status}</span>
      </div>
      {usable && (
        <>
          <p className="invitation-code">
            <span className="muted">{t('secretariat.invite.code')}</span>{' '}
            <strong className="code">{invitation.code}</strong>
          </p>
          <div className="invitation-link">
            <label htmlFor={linkId} className="visually-hidden">
              {t('secretariat.invite.linkOf', { invitation: name })}
            </label>
            <input id={linkId} readOnly value={invitation.url} onFocus={(e) => e.target.select()} />
            <CopyButtonRow
              url={invitation.url}
              name={name}
              showQr={showQr}
              onToggleQr={() => setShowQr((v) => !v)}
              readOnly={readOnly}
              onRevoke={() => setConfirming(true)}
            />
          </div>
          {showQr && (
            <QrCode
              className="qr-svg qr-inline"
              text={invitation.url}
              label={t('secretariat.invite.qrOf', { table: tableTitle, invitation: name })}
            />
          )}
          {confirming && (
            <div className="confirm" role="group" aria-label={t('secretariat.invite.revoke')}>
              <p>{t('secretariat.invite.revokeConfirm')}</p>
              <button type="button" className="danger" onClick={() => revoke.mutate()}>
                {t('secretariat.invite.revokeYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('secretariat.cancel')}
              </button>
              <FormProblem error={revoke.error} />
            </div>
          )}
        </>
      )}
    </li>
  );
}

function CopyButtonRow(props: {
  url: string;
  name: string;
  showQr: boolean;
  readOnly: boolean;
  onToggleQr(): void;
  onRevoke(): void;
}) {
  const t = useT();
  return (
    <div className="button-row">
      <CopyLinkButton
        text={props.url}
        label={t('secretariat.invite.copyOf', { invitation: props.name })}
      />
      <button type="button" aria-expanded={props.showQr} onClick={props.onToggleQr}>
        {props.showQr ? t('secretariat.invite.hideQr') : t('secretariat.invite.showQr')}
      </button>
      {!props.readOnly && (
        <button type="button" className="danger-outline" onClick={props.onRevoke}>
          {t('secretariat.invite.revoke')}
        </button>
      )}
    </div>
  );
}
