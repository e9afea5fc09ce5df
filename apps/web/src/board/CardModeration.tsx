import { mergeCards, moveCardToGroup, unmergeCard } from '@tavolo/board';
import { useId } from 'react';
import { useT } from '../i18n/useT.js';
import type { CardProps } from './CardProps.js';
import { useConnection } from './ConnectionContext.js';
import { BoardActionError, useBoardAction } from './useBoardAction.js';

/** Moderator tools on a card: its group (the keyboard way to group) and merging duplicates. */
export function CardModeration({ card, board, rights }: CardProps) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const { act, error } = useBoardAction();
  const section = board.sections.find((s) => s.id === card.section);
  if (!section || rights.hideOthers) return null;
  if (!rights.grouping && card.merged.length === 0 && error === null) return null;
  const short = card.text.length > 40 ? `${card.text.slice(0, 40)}…` : card.text;
  const others = section.cards.filter((c) => c.id !== card.id);

  return (
    <div className="card-moderation">
      {rights.grouping && (
        <div className="inline-field">
          <label htmlFor={`${id}-group`}>{t('card.group')}</label>
          <select
            id={`${id}-group`}
            aria-label={t('card.groupNamed', { text: short })}
            value={card.groupId ?? ''}
            onChange={(e) =>
              act(() =>
                connection.run((doc, a) =>
                  moveCardToGroup(doc, a, card.id, e.target.value === '' ? null : e.target.value),
                ),
              )
            }
          >
            <option value="">{t('card.noGroup')}</option>
            {section.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.heading}
              </option>
            ))}
          </select>
        </div>
      )}
      {rights.grouping && others.length > 0 && (
        <div className="inline-field">
          <label htmlFor={`${id}-merge`}>{t('card.merge')}</label>
          <select
            id={`${id}-merge`}
            aria-label={t('card.mergeNamed', { text: short })}
            value=""
            onChange={(e) =>
              e.target.value &&
              act(() => connection.run((doc, a) => mergeCards(doc, a, card.id, e.target.value)))
            }
          >
            <option value="">{t('card.mergeChoose')}</option>
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {c.text.length > 60 ? `${c.text.slice(0, 60)}…` : c.text}
              </option>
            ))}
          </select>
        </div>
      )}
      {card.merged.map((m) => (
        <button
          key={m.id}
          type="button"
          className="link"
          onClick={() => act(() => connection.run((doc, a) => unmergeCard(doc, a, m.id)))}
        >
          {t('card.unmerge', { text: m.text.length > 40 ? `${m.text.slice(0, 40)}…` : m.text })}
        </button>
      ))}
      <BoardActionError error={error} />
    </div>
  );
}
