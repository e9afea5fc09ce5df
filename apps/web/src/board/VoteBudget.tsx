import { type BoardSnapshot, type Section } from '@tavolo/board';
import { useT } from '../i18n/useT.js';
import { useConnection } from './ConnectionContext.js';

/** The viewer's dots in a section: used ones filled, remaining ones empty. */
export function VoteBudget({ board, section }: { board: BoardSnapshot; section: Section }) {
  const t = useT();
  const me = useConnection().actor.id;
  const used = board.votes.filter((v) => v.voterId === me && v.section === section.id).length;
  const remaining = Math.max(0, board.voteBudget - used);
  return (
    <p className="vote-budget" data-remaining={remaining}>
      <span className="dots" aria-hidden="true">
        {Array.from({ length: board.voteBudget }, (_, i) => (
          <span key={i} className={i < used ? 'dot-used' : 'dot-free'} />
        ))}
      </span>
      <span>{t('vote.remaining', { count: remaining, budget: board.voteBudget })}</span>
    </p>
  );
}
