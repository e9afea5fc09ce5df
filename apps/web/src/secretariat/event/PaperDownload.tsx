import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormProblem } from '../../forms/FormProblem.js';
import { SelectField } from '../../forms/SelectField.js';
import { useT } from '../../i18n/useT.js';
import { saveBlob } from '../../paper/downloadPaper.js';
import { useSecretariat } from '../SecretariatContext.js';
import { PAPER_FORMATS, type EventLanguage, type EventView, type PaperFormat } from '../types.js';

/** Downloads the whole event's position-paper draft: DOCX to finish in Word, or raw data. */
export function PaperDownload({ event }: { event: EventView }) {
  const t = useT();
  const { api } = useSecretariat();
  const [format, setFormat] = useState<PaperFormat>('docx');
  const [language, setLanguage] = useState<EventLanguage>(event.language);
  const download = useMutation({
    mutationFn: () => api.eventPaper(event.id, format, language),
    onSuccess: ({ blob, fileName }) =>
      saveBlob(blob, fileName ?? `${event.id}-position-paper.${format}`),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    download.mutate();
  }
  return (
    <section className="panel" aria-labelledby="paper-title">
      <h2 id="paper-title">{t('secretariat.paper.title')}</h2>
      <p className="muted">{t('secretariat.paper.intro')}</p>
      <form className="inline-form" onSubmit={submit}>
        <SelectField<PaperFormat>
          label={t('secretariat.paper.format')}
          value={format}
          onChange={setFormat}
          options={PAPER_FORMATS.map((f) => ({ value: f, label: t(`secretariat.paper.${f}`) }))}
        />
        <SelectField<EventLanguage>
          label={t('secretariat.paper.language')}
          value={language}
          onChange={setLanguage}
          options={[
            { value: 'it', label: t('language.it') },
            { value: 'en', label: t('language.en') },
          ]}
        />
        <button type="submit" className="primary" disabled={download.isPending}>
          {download.isPending ? t('secretariat.paper.preparing') : t('secretariat.paper.download')}
        </button>
      </form>
      <p role="status" className="muted">
        {download.isSuccess && t('secretariat.paper.done')}
      </p>
      <FormProblem error={download.error} />
    </section>
  );
}
