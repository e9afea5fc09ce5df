import { useRef, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '../api/ApiError.js';
import { FormProblem, useFocusFirstInvalid } from '../forms/FormProblem.js';
import { SelectField } from '../forms/SelectField.js';
import { TextField } from '../forms/TextField.js';
import { useFieldErrors } from '../forms/useFieldErrors.js';
import { useT } from '../i18n/useT.js';
import type { EventFields, EventLanguage } from './types.js';

/** A new event's fields: today's date, the usual 09:30 start, Italian papers. */
export function blankEvent(today: Date): EventFields {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    title: '',
    date: `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`,
    startTime: '09:30',
    place: '',
    organiser: '',
    language: 'it',
  };
}

/** Only the fields the form edits, whatever else `event` carries (id, tables…). */
function eventFields(event: EventFields): EventFields {
  const { title, date, startTime, place, organiser, language } = event;
  return { title, date, startTime, place, organiser, language };
}

/**
 * An event's title, date, start time, place, organiser and paper language, for creating or
 * editing. The server validates; its field errors show under each field.
 */
export function EventForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: EventFields;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(fields: EventFields): void;
  onCancel?: () => void;
}) {
  const t = useT();
  const [fields, setFields] = useState<EventFields>(() => eventFields(initial));
  const form = useRef<HTMLFormElement>(null);
  const errorFor = useFieldErrors(fieldErrorsOf(error));
  useFocusFirstInvalid(form, error);
  const set =
    <K extends keyof EventFields>(key: K) =>
    (value: EventFields[K]) =>
      setFields((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({
      ...fields,
      title: fields.title.trim(),
      place: fields.place.trim(),
      organiser: fields.organiser.trim(),
    });
  }

  return (
    <form ref={form} className="sec-form" onSubmit={submit} noValidate>
      <TextField
        className="span-2"
        label={t('secretariat.event.title')}
        value={fields.title}
        onChange={set('title')}
        error={errorFor('title')}
        required
        maxLength={160}
      />
      <TextField
        label={t('secretariat.event.date')}
        type="date"
        value={fields.date}
        onChange={set('date')}
        error={errorFor('date')}
        required
      />
      <TextField
        label={t('secretariat.event.startTime')}
        hint={t('secretariat.event.startTimeHint')}
        type="time"
        value={fields.startTime}
        onChange={set('startTime')}
        error={errorFor('startTime')}
        required
      />
      <TextField
        label={t('secretariat.event.place')}
        value={fields.place}
        onChange={set('place')}
        error={errorFor('place')}
        maxLength={160}
      />
      <TextField
        label={t('secretariat.event.organiser')}
        value={fields.organiser}
        onChange={set('organiser')}
        error={errorFor('organiser')}
        maxLength={160}
      />
      <SelectField<EventLanguage>
        label={t('secretariat.event.language')}
        value={fields.language}
        onChange={set('language')}
        error={errorFor('language')}
        options={[
          { value: 'it', label: t('language.it') },
          { value: 'en', label: t('language.en') },
        ]}
      />
      <div className="span-2">
        <FormProblem error={error} />
      </div>
      <div className="form-buttons span-2">
        <button type="submit" className="primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('secretariat.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
