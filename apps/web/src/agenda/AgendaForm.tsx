import { useId, useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { formatDuration } from '../time/formatDuration.js';
import { useUi } from '../ui/UiStoreContext.js';
import {
  agendaToDraft,
  draftToAgenda,
  PLANNED_PHASES,
  plannedTotal,
  type Agenda,
  type AgendaDraft,
} from './agendaDraft.js';

/**
 * The minutes planned for each phase, as a form: the moderator saves it into the board, the
 * secretariat through the API. Until the person types, it shows the agenda as it is now
 * (another screen may change it); what they typed stays until saved.
 */
export function AgendaForm({
  agenda,
  onSave,
  current,
}: {
  agenda: Agenda;
  /** Saves the agenda; a thrown error's message is shown. */
  onSave(agenda: Agenda): void | Promise<void>;
  /** The phase the table is in, marked in the list. */
  current?: string;
}) {
  const t = useT();
  const id = useId();
  const language = useUi((s) => s.language);
  const [draft, setDraft] = useState<AgendaDraft | null>(null);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const shown = draft ?? agendaToDraft(agenda, language === 'it');
  const read = draftToAgenda(shown, agenda);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!read.ok) {
      setMessage({ text: t('agenda.invalid', { phase: t(`phase.${read.phase}`) }), problem: true });
      return;
    }
    setSaving(true);
    try {
      await onSave(read.agenda);
      setDraft(null);
      setMessage({ text: t('agenda.saved'), problem: false });
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      setMessage({ text: t('agenda.error', { message: text }), problem: true });
    } finally {
      setSaving(false);
    }
  };

  const total = read.ok ? plannedTotal(read.agenda) : null;
  return (
    <form className="agenda-form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="agenda-hint muted" id={`${id}-hint`}>
        {t('agenda.hint')}
      </p>
      <ol className="agenda-phases">
        {PLANNED_PHASES.map((phase) => (
          <li key={phase} className={phase === current ? 'current' : undefined}>
            <label htmlFor={`${id}-${phase}`}>{t(`phase.${phase}`)}</label>
            <span className="agenda-minutes">
              <input
                id={`${id}-${phase}`}
                className="short-input"
                inputMode="decimal"
                aria-describedby={`${id}-hint`}
                aria-invalid={!read.ok && read.phase === phase ? true : undefined}
                value={shown[phase] ?? ''}
                onChange={(e) => {
                  setMessage(null);
                  setDraft({ ...shown, [phase]: e.target.value });
                }}
              />
              <span aria-hidden="true">{t('agenda.minutes')}</span>
            </span>
          </li>
        ))}
      </ol>
      <div className="agenda-foot">
        <span className="muted">
          {total ? t('agenda.total', { duration: formatDuration(total) }) : t('agenda.empty')}
        </span>
        <button type="submit" className="primary" disabled={saving || draft === null}>
          {t('agenda.save')}
        </button>
      </div>
      <p className="agenda-saved" role="status">
        {message && !message.problem ? message.text : ''}
      </p>
      {message?.problem && (
        <p className="form-problem" role="alert">
          {message.text}
        </p>
      )}
    </form>
  );
}
