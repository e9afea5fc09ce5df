import { useT } from '../i18n/useT.js';

/** The event at a glance; how many tables run behind is announced when it changes. */
export function ControlRoomSummary({
  tables,
  online,
  contributions,
  behind,
}: {
  tables: number;
  online: number;
  contributions: number;
  behind: number;
}) {
  const t = useT();
  return (
    <div className="cr-summary">
      <p className="cr-stat">
        <strong>{tables}</strong> {t('controlRoom.sum.tables', { count: tables })}
      </p>
      <p className="cr-stat">
        <strong>{online}</strong> {t('controlRoom.sum.online', { count: online })}
      </p>
      <p className="cr-stat">
        <strong>{contributions}</strong>{' '}
        {t('controlRoom.sum.contributions', { count: contributions })}
      </p>
      <p className={`cr-stat${behind > 0 ? ' cr-stat-behind' : ''}`} role="status">
        {behind > 0 ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {t('controlRoom.sum.behind', { count: behind })}
          </>
        ) : (
          t('controlRoom.sum.onTime')
        )}
      </p>
    </div>
  );
}
