import { useT } from '../i18n/useT.js';
import type { WallJoin } from './joinInfo.js';
import { QrCode } from './QrCode.js';

/** How to join from a phone (QR code, short address, code) and how many are at work. */
export function JoinPanel({
  join,
  cards,
  participants,
}: {
  /** Null while the server is asked. */
  join: WallJoin | null;
  cards: number;
  participants: number;
}) {
  const t = useT();
  return (
    <aside className="projector-side" aria-labelledby="projector-join-title">
      <div className="projector-join">
        <h2 id="projector-join-title">{t('projector.join')}</h2>
        {join ? (
          <>
            <QrCode text={join.qrText} label={t('projector.qrLabel', { url: join.qrText })} />
            <p className="join-scan">{t('projector.scan')}</p>
            <p className="join-url">
              {/* Broken, if at all, before the path: never inside the host name. */}
              {join.address.split(/(?=\/)/).map((part, i) => (
                <span key={i}>{part}</span>
              ))}
            </p>
          </>
        ) : (
          <div className="qr qr-pending" aria-hidden="true" />
        )}
        {join?.code && (
          <p className="join-code">
            <span>{t('projector.code')}</span>
            <strong data-join-code={join.code}>{join.code}</strong>
          </p>
        )}
      </div>
      <div className="projector-counts" aria-label={t('projector.status')} role="group">
        <p className="projector-count" data-count={cards}>
          <span className="big-number">{cards}</span>
          <span>{t('projector.contributions', { count: cards })}</span>
        </p>
        <p className="projector-people" data-count={participants}>
          {t('projector.participants', { count: participants })}
        </p>
      </div>
    </aside>
  );
}
