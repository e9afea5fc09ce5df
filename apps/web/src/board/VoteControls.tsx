import { castVote, retractVote, type BoardSnapshot } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { useConnection } from './ConnectionContext.js';
import { BoardActionError, useBoardAction } from './useBoardAction.js';

/**
 * The viewer's dots on one card or group, with buttons to add and take back one. A grouped
 * card shows its own buttons and its group's: each says whether it votes the card or the group.
 */
export function VoteControls({
  target,
  kind,
  label,
  board,
}: {
  target: string;
  kind: 'card' | 'group';
  label: string;
  board: BoardSnapshot;
}) {
  const t = useT();
  const connection = useConnection();
  const { act, error } = useBoardAction();
  const me = connection.actor.id;
  const mine = board.votes.filter((v) => v.voterId === me && v.target === target);
  const section = mine[0]?.section ?? sectionOf(board, target);
  const used = board.votes.filter((v) => v.voterId === me && v.section === section).length;
  const left = board.voteBudget - used;
  const short = label.length > 50 ? `${label.slice(0, 50)}…` : label;

  return (
    <div className={`vote-controls vote-${kind}`} data-my-votes={mine.length}>
      <span className="my-dots" aria-hidden="true">
        {mine.map((v) => (
          <span key={v.id} className="dot-used" />
        ))}
      </span>
      <span className="visually-hidden">{t('vote.mine', { count: mine.length })}</span>
      <button
        type="button"
        className="vote-add"
        disabled={left <= 0}
        aria-label={t(kind === 'card' ? 'vote.addCardNamed' : 'vote.addGroupNamed', {
          text: short,
        })}
        onClick={() => act(() => connection.run((doc, a) => castVote(doc, a, target)))}
      >
        {t(kind === 'card' ? 'vote.addCard' : 'vote.addGroup')}
      </button>
      {mine.length > 0 && (
        <button
          type="button"
          className="vote-remove"
          aria-label={t(kind === 'card' ? 'vote.removeCardNamed' : 'vote.removeGroupNamed', {
            text: short,
          })}
          onClick={() => act(() => connection.run((doc, a) => retractVote(doc, a, target)))}
        >
          {t('vote.remove')}
        </button>
      )}
      <BoardActionError error={error} />
    </div>
  );
}

function sectionOf(board: BoardSnapshot, target: string): string | null {
  for (const section of board.sections) {
    if (section.groups.some((g) => g.id === target)) return section.id;
    if (section.cards.some((c) => c.id === target)) return section.id;
  }
  return null;
}
