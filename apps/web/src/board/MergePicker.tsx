import { mergeCards, type BoardSnapshot, type Card } from '@tavolo/board';
import { useId } from 'react';
import { useT } from '../i18n/useT.js';
import { useConnection } from './ConnectionContext.js';
import { shorten } from './shorten.js';

/** Picks the card a duplicate is merged into: the other cards of its section. */
export function MergePicker({
  card,
  board,
  act,
  onDone,
}: {
  card: Card;
  board: BoardSnapshot;
  act(op: () => void): void;
  onDone(): void;
}) {
  const t = useT();
  const id = useId();
  const connection = useConnection();
  const section = board.sections.find((s) => s.id === card.section);
  const others = section?.cards.filter((c) => c.id !== card.id) ?? [];
  return (
    <div className="inline-field merge-picker">
      <label htmlFor={id}>{t('card.mergeNamed', { text: shorten(card.text, 40) })}</label>
      <select
        id={id}
        autoFocus
        value=""
        onKeyDown={(e) => e.key === 'Escape' && onDone()}
        onChange={(e) => {
          const target = e.target.value;
          if (!target) return;
          act(() => connection.run((doc, a) => mergeCards(doc, a, card.id, target)));
          onDone();
        }}
      >
        <option value="">{t('card.mergeChoose')}</option>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {shorten(c.text, 60)}
          </option>
        ))}
      </select>
      <button type="button" onClick={onDone}>
        {t('card.cancel')}
      </button>
    </div>
  );
}
