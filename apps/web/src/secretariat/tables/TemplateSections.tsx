import { findTemplate } from '@tavolo/board';
import { useSectionTitle } from '../../board/useSectionTitle.js';
import { useT } from '../../i18n/useT.js';

/** The sections a template gives a new table, named as the board will name them. */
export function TemplateSections({ templateId }: { templateId: string }) {
  const t = useT();
  const title = useSectionTitle();
  const sections = findTemplate(templateId)?.sections ?? [];
  return (
    <p className="form-hint template-sections" aria-live="polite">
      {sections.length === 0
        ? t('secretariat.template.sections.blank')
        : t('secretariat.template.sections', { sections: sections.map(title).join(' · ') })}
    </p>
  );
}
