import {
  ACTORS,
  DIFFICULTIES,
  DIRECTIONS,
  HORIZONS,
  INSTRUMENTS,
  LEVELS,
  SKILL_TYPES,
  type BoardSnapshot,
  type CardKind,
} from '@tavolo/board';
import { useId } from 'react';
import type { MessageKey } from '../i18n/it.js';
import { useT } from '../i18n/useT.js';
import type { CardDraft } from './cardDraft.js';

type Change = (patch: Partial<CardDraft>) => void;
type TextField = 'skills' | 'hires' | 'evidence' | 'value' | 'unit' | 'source';
type ChoiceField =
  'skillType' | 'level' | 'horizon' | 'difficulty' | 'direction' | 'instrument' | 'timeframe';

/** The typed fields of a card kind (fields.ts), as form controls. */
export function TypedFields({
  kind,
  draft,
  board,
  invalid,
  onChange,
}: {
  kind: CardKind;
  draft: CardDraft;
  board: BoardSnapshot;
  invalid: string | null;
  onChange: Change;
}) {
  const t = useT();
  const id = useId();
  const text = (field: TextField, label: MessageKey, type = 'text', hint?: MessageKey) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(label)}</label>
      {field === 'evidence' ? (
        <textarea
          id={`${id}-${field}`}
          rows={2}
          value={draft[field]}
          aria-invalid={invalid === field || undefined}
          onChange={(e) => onChange({ [field]: e.target.value })}
        />
      ) : (
        <input
          id={`${id}-${field}`}
          type={type}
          inputMode={type === 'number' ? 'decimal' : undefined}
          value={draft[field]}
          aria-invalid={invalid === field || undefined}
          aria-describedby={hint ? `${id}-${field}-hint` : undefined}
          onChange={(e) => onChange({ [field]: e.target.value })}
        />
      )}
      {hint && (
        <span id={`${id}-${field}-hint`} className="hint">
          {t(hint)}
        </span>
      )}
    </div>
  );
  const choice = (
    field: ChoiceField,
    label: MessageKey,
    values: readonly string[],
    prefix: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{t(label)}</label>
      <select
        id={`${id}-${field}`}
        value={draft[field]}
        aria-invalid={invalid === field || undefined}
        onChange={(e) => onChange({ [field]: e.target.value })}
      >
        <option value="">{t('field.unset')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${prefix}.${v}` as MessageKey)}
          </option>
        ))}
      </select>
    </div>
  );
  const toggle = (list: readonly string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);

  if (kind === 'skillNeed') {
    return (
      <div className="typed-fields">
        {text('skills', 'field.skills', 'text', 'field.skillsHint')}
        {choice('skillType', 'field.skillType', SKILL_TYPES, 'skillType')}
        {choice('level', 'field.level', LEVELS, 'level')}
        {choice('horizon', 'field.horizon', HORIZONS, 'horizon')}
        {text('hires', 'field.hires', 'number')}
        {choice('difficulty', 'field.difficulty', DIFFICULTIES, 'difficulty')}
        {text('evidence', 'field.evidence')}
      </div>
    );
  }
  if (kind === 'dataTrend') {
    return (
      <div className="typed-fields">
        {text('value', 'field.value', 'number')}
        {text('unit', 'field.unit')}
        {choice('direction', 'field.direction', DIRECTIONS, 'direction')}
        {text('source', 'field.source')}
      </div>
    );
  }
  if (kind !== 'proposal') return null;
  const needs = board.sections.filter((s) => s.kind === 'skillNeed').flatMap((s) => s.cards);
  return (
    <div className="typed-fields">
      <fieldset className="field">
        <legend>{t('field.actors')}</legend>
        {ACTORS.map((actor) => (
          <label key={actor} className="check">
            <input
              type="checkbox"
              checked={draft.actors.includes(actor)}
              onChange={(e) => onChange({ actors: toggle(draft.actors, actor, e.target.checked) })}
            />
            {t(`actor.${actor}`)}
          </label>
        ))}
      </fieldset>
      {choice('instrument', 'field.instrument', INSTRUMENTS, 'instrument')}
      {choice('timeframe', 'field.timeframe', HORIZONS, 'horizon')}
      {needs.length > 0 && (
        <fieldset className="field answers">
          <legend>{t('field.answers')}</legend>
          {needs.map((need) => (
            <label key={need.id} className="check">
              <input
                type="checkbox"
                checked={draft.answers.includes(need.id)}
                onChange={(e) =>
                  onChange({ answers: toggle(draft.answers, need.id, e.target.checked) })
                }
              />
              {need.text.length > 80 ? `${need.text.slice(0, 80)}…` : need.text}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
