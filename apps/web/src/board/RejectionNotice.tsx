import { useT } from '../i18n/useT.js';
import type { MessageKey } from '../i18n/it.js';
import { useRoomStatus } from '../sync/useTableConnection.js';
import { useConnection } from './ConnectionContext.js';

const REASONS: Record<string, MessageKey> = {
  phase_closed: 'rejected.reason.phase_closed',
  board_locked: 'rejected.reason.board_locked',
  voting_closed: 'rejected.reason.voting_closed',
  over_budget: 'rejected.reason.over_budget',
  unknown_target: 'rejected.reason.unknown_target',
};

const WHAT: Record<string, MessageKey> = {
  cards: 'rejected.what.cards',
  comments: 'rejected.what.comments',
  votes: 'rejected.what.votes',
};

/**
 * Which of this person's edits the server did not accept and why: an edit made offline after
 * the moderator closed writing, a vote past the budget. The board already shows the server's
 * state; this says why something the person did is gone.
 */
export function RejectionNotice() {
  const t = useT();
  const connection = useConnection();
  const { rejected } = useRoomStatus(connection);
  if (rejected.length === 0) return null;
  return (
    <section className="rejection-notice" role="alert" aria-labelledby="rejection-title">
      <h2 id="rejection-title">{t('rejected.title', { count: rejected.length })}</h2>
      <ul>
        {rejected.map((edit) => (
          <li key={`${edit.root}/${edit.key}/${edit.reason}`} data-reason={edit.reason}>
            {t(WHAT[edit.root] ?? 'rejected.what.other')}:{' '}
            {t(REASONS[edit.reason] ?? 'rejected.reason.other')}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => connection.dismissRejections()}>
        {t('rejected.dismiss')}
      </button>
    </section>
  );
}
