import { SelectField } from '../forms/SelectField.js';
import { TextField } from '../forms/TextField.js';
import { useApiForm } from '../forms/useApiForm.js';
import { useT } from '../i18n/useT.js';
import { SecretariatForm, type SecretariatFormProps } from './forms/SecretariatForm.js';
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

/** The fields as sent: the typed text without the spaces around it. */
function trimmed(fields: EventFields): EventFields {
  const { title, place, organiser } = fields;
  return { ...fields, title: title.trim(), place: place.trim(), organiser: organiser.trim() };
}

/**
 * An event's title, date, start time, place, organiser and paper language, for creating or
 * editing. The server validates; its field errors show under each field.
 */
export function EventForm({ initial, onSubmit, ...frame }: SecretariatFormProps<EventFields>) {
  const t = useT();
  const { fields, field, formRef } = useApiForm(() => eventFields(initial), frame.error);

  return (
    <SecretariatForm {...frame} formRef={formRef} onSubmit={() => onSubmit(trimmed(fields))}>
      <TextField
        className="span-2"
        label={t('secretariat.event.title')}
        {...field('title')}
        required
        maxLength={160}
      />
      <TextField label={t('secretariat.event.date')} type="date" {...field('date')} required />
      <TextField
        label={t('secretariat.event.startTime')}
        hint={t('secretariat.event.startTimeHint')}
        type="time"
        {...field('startTime')}
        required
      />
      <TextField label={t('secretariat.event.place')} {...field('place')} maxLength={160} />
      <TextField label={t('secretariat.event.organiser')} {...field('organiser')} maxLength={160} />
      <SelectField<EventLanguage>
        label={t('secretariat.event.language')}
        {...field('language')}
        options={[
          { value: 'it', label: t('language.it') },
          { value: 'en', label: t('language.en') },
        ]}
      />
    </SecretariatForm>
  );
}
