import { useT } from '../i18n/useT.js';

/** The moderator's conclusions, read-only, for everyone else. */
export function ConclusionsView({ text }: { text: string }) {
  const t = useT();
  return (
    <section className="conclusions" aria-labelledby="conclusions-title">
      <h2 id="conclusions-title">{t('conclusions.title')}</h2>
      {text.trim() === '' ? (
        <p className="hint">{t('conclusions.empty')}</p>
      ) : (
        <p className="conclusions-text">{text}</p>
      )}
    </section>
  );
}
