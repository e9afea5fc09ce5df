import type { BoardSnapshot, Card } from '@tavolo/board';
import { useT } from '../i18n/useT.js';

/**
 * The typed fields of a card that hold something, as a compact description list: short values
 * (level, horizon, difficulty…) side by side and never broken mid-phrase, free text on its own
 * line.
 */
export function CardFieldsView({ card, board }: { card: Card; board: BoardSnapshot }) {
  const t = useT();
  const rows: Array<[string, string, boolean]> = [];
  const add = (label: string, value: string | null, long = false) => {
    if (value !== null && value !== '') rows.push([label, value, long]);
  };
  if (card.kind === 'skillNeed') {
    add(t('field.skillType'), card.skillType && t(`skillType.${card.skillType}`));
    add(t('field.level'), card.level && t(`level.${card.level}`));
    add(t('field.horizon'), card.horizon && t(`horizon.${card.horizon}`));
    add(t('field.hires'), card.hires === null ? null : String(card.hires));
    add(t('field.difficulty'), card.difficulty && t(`difficulty.${card.difficulty}`));
    add(t('field.evidence'), card.evidence, true);
  } else if (card.kind === 'dataTrend') {
    const figure = card.value === null ? null : `${card.value} ${card.unit}`.trim();
    // A figure with a long unit may wrap like free text; "40 %" or "1.200 tecnici" may not.
    add(t('field.figure'), figure, (figure?.length ?? 0) > 24);
    add(t('field.direction'), card.direction && t(`direction.${card.direction}`));
    add(t('field.source'), card.source, true);
  } else if (card.kind === 'proposal') {
    add(t('field.actors'), card.actors.map((a) => t(`actor.${a}`)).join(', '), true);
    add(t('field.instrument'), card.instrument && t(`instrument.${card.instrument}`));
    add(t('field.timeframe'), card.timeframe && t(`horizon.${card.timeframe}`));
    const needs = board.sections
      .flatMap((s) => s.cards)
      .filter((c) => card.answers.includes(c.id))
      .map((c) => (c.text.length > 60 ? `${c.text.slice(0, 60)}…` : c.text));
    add(t('field.answers'), needs.join(' · '), true);
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
          {rows.map(([label, value, long]) => (
            <div key={label} className={long ? 'field-long' : 'field-short'}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
