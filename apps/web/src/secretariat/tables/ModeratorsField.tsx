import { useT } from '../../i18n/useT.js';
import { TextField } from '../../forms/TextField.js';
import type { Moderator } from '../types.js';

/** The server's limit of moderators per table. */
export const MAX_MODERATORS = 6;

/** The list of a table's moderators: a name and an organisation each. */
export function ModeratorsField({
  moderators,
  onChange,
  errorFor,
}: {
  moderators: readonly Moderator[];
  onChange(moderators: Moderator[]): void;
  errorFor(field: string): string | null;
}) {
  const t = useT();
  const update = (index: number, patch: Partial<Moderator>) =>
    onChange(moderators.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  return (
    <fieldset className="moderators span-2">
      <legend>{t('secretariat.table.moderators')}</legend>
      {moderators.length === 0 && <p className="muted">{t('secretariat.table.noModerators')}</p>}
      {moderators.map((moderator, i) => (
        <div
          key={i}
          className="moderator-row"
          role="group"
          aria-label={t('secretariat.table.moderatorN', { n: i + 1 })}
        >
          <TextField
            label={t('secretariat.table.moderatorName')}
            value={moderator.name}
            onChange={(name) => update(i, { name })}
            error={errorFor(`moderators[${i}].name`)}
            required
            maxLength={80}
          />
          <TextField
            label={t('secretariat.table.moderatorOrganisation')}
            value={moderator.organisation}
            onChange={(organisation) => update(i, { organisation })}
            error={errorFor(`moderators[${i}].organisation`)}
            maxLength={120}
          />
          <button
            type="button"
            className="link"
            onClick={() => onChange(moderators.filter((_, j) => j !== i))}
          >
            {t('secretariat.table.removeModerator', { n: i + 1 })}
          </button>
        </div>
      ))}
      {errorFor('moderators') && <p className="field-error">{errorFor('moderators')}</p>}
      {moderators.length < MAX_MODERATORS && (
        <button
          type="button"
          onClick={() => onChange([...moderators, { name: '', organisation: '' }])}
        >
          {t('secretariat.table.addModerator')}
        </button>
      )}
    </fieldset>
  );
}
