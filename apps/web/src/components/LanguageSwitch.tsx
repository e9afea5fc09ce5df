import { useT } from '../i18n/useT.js';
import { LANGUAGES } from '../i18n/translate.js';
import { useUi } from '../ui/UiStoreContext.js';

/** Switches the interface between Italian and English. */
export function LanguageSwitch() {
  const t = useT();
  const language = useUi((s) => s.language);
  const setLanguage = useUi((s) => s.setLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={language === lang}
          onClick={() => setLanguage(lang)}
        >
          {/* A phone shows the short form ("IT", "EN"), so the header keeps to two rows. */}
          <span className="lang-long">{t(`language.${lang}`)}</span>
          <span className="lang-short">{lang.toUpperCase()}</span>
        </button>
      ))}
    </div>
  );
}
