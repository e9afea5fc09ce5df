import type { BoardSnapshot, Card } from '@tavolo/board';
import { useT } from '../i18n/useT.js';

/** The typed fields of a card that hold something, as a compact description list. */
export function CardFieldsView({ card, board }: { card: Card; board: BoardSnapshot }) {
  const t = useT();
  const rows: Array<[string, string]> = [];
  const add = (label: string, value: string | null) => {
    if (value !== null && value !== '') rows.push([label, value]);
  };
  if (card.kind === 'skillNeed') {
    add(t('field.skillType'), card.skillType && t(`skillType.${card.skillType}`));
    add(t('field.level'), card.level && t(`level.${card.level}`));
    add(t('field.horizon'), card.horizon && t(`horizon.${card.horizon}`));
    add(t('field.hires'), card.hires === null ? null : String(card.hires));
    add(t('field.difficulty'), card.difficulty && t(`difficulty.${card.difficulty}`));
    add(t('field.evidence'), card.evidence);
  } else if (card.kind === 'dataTrend') {
    add(t('field.figure'), card.value === null ? null : `${card.value} ${card.unit}`.trim());
    add(t('field.direction'), card.direction && t(`direction.${card.direction}`));
    add(t('field.source'), card.source);
  } else if (card.kind === 'proposal') {
    add(t('field.actors'), card.actors.map((a) => t(`actor.${a}`)).join(', '));
    add(t('field.instrument'), card.instrument && t(`instrument.${card.instrument}`));
    add(t('field.timeframe'), card.timeframe && t(`horizon.${card.timeframe}`));
    const needs = board.sections
      .flatMap((s) => s.cards)
      .filter((c) => card.answers.includes(c.id))
      .map((c) => (c.text.length > 60 ? `${c.text.slice(0, 60)}…` : c.text));
    add(t('field.answers'), needs.join(' · '));
  }
  if (rows.length === 0 && card.skills.length === 0) return null;
  return (
    <div className="card-fields">
      {card.skills.length > 0 && (
        <ul className="tags" aria-label={t('field.skills')}>
          {card.skills.map((skill) => (
            <li key={skill}>{skill}</li>
          ))}
        </ul>
      )}
      {rows.length > 0 && (
        <dl>
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
