import { participation, type BoardSnapshot, type Directory } from '@tavolo/board';
import { useId, useMemo } from 'react';
import { usePersonName } from '../board/usePersonName.js';
import { useT } from '../i18n/useT.js';

/**
 * Who has written and who has voted, with the dots each has left: for the moderator only,
 * computed from the board and directory a moderator receives whole (nothing more is sent).
 */
export function ParticipationView({ board, people }: { board: BoardSnapshot; people: Directory }) {
  const t = useT();
  const nameOf = usePersonName();
  const rows = useMemo(() => participation(board, people), [board, people]);
  const titleId = useId();
  const voting = board.phase === 'voting';
  const wrote = rows.filter((r) => r.cards > 0).length;
  const voted = rows.filter((r) => r.votes > 0).length;
  return (
    <details className="participation control-group" open aria-labelledby={titleId}>
      <summary id={titleId}>{t('who.title')}</summary>
      <p className="muted participation-hint">{t('who.hint')}</p>
      {rows.length === 0 ? (
        <p>{t('who.none')}</p>
      ) : (
        <>
          <p className="participation-summary">
            {t('who.summary', { wrote, voted, total: rows.length })}
          </p>
          <table className="participation-table">
            <caption className="visually-hidden">{t('who.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('who.person')}</th>
                <th scope="col">{t('who.cards')}</th>
                <th scope="col">{t('who.votes')}</th>
                <th scope="col">{t('who.left')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const entry = Object.prototype.hasOwnProperty.call(people, row.id)
                  ? people[row.id]
                  : undefined;
                const name = nameOf({ name: entry?.name ?? '', role: 'participant' });
                return (
                  <tr key={row.id} data-person={row.id}>
                    <th scope="row">
                      {name}
                      {entry?.organisation && (
                        <span className="participation-org">{entry.organisation}</span>
                      )}
                    </th>
                    <td className={row.cards > 0 ? 'done' : 'todo'}>{row.cards}</td>
                    <td className={row.votes > 0 ? 'done' : voting ? 'todo' : undefined}>
                      {row.votes}
                    </td>
                    <td>{row.dotsLeft}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </details>
  );
}
