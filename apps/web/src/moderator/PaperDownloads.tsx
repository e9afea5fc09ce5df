import { useState } from 'react';
import { useConnection } from '../board/ConnectionContext.js';
import { isMessageKey } from '../i18n/translate.js';
import { useT } from '../i18n/useT.js';
import {
  DownloadError,
  downloadPaper,
  PAPER_FORMATS,
  type PaperFormat,
} from '../paper/downloadPaper.js';
import { useUi } from '../ui/UiStoreContext.js';

/** The moderator's export of the table's position-paper draft, in each format. */
export function PaperDownloads() {
  const t = useT();
  const language = useUi((s) => s.language);
  const connection = useConnection();
  const [state, setState] = useState<{ busy: PaperFormat | null; message: string | null }>({
    busy: null,
    message: null,
  });
  const download = async (format: PaperFormat) => {
    setState({ busy: format, message: null });
    try {
      const name = await downloadPaper(
        `/api/tables/${encodeURIComponent(connection.tableId)}/paper`,
        connection.identity.token,
        format,
        language,
      );
      setState({ busy: null, message: t('paper.downloaded', { name }) });
    } catch (err) {
      const code = err instanceof DownloadError ? `paper.error.${err.code}` : '';
      setState({ busy: null, message: t(isMessageKey(code) ? code : 'paper.error.other') });
    }
  };
  return (
    <fieldset className="control-group paper-downloads">
      <legend>{t('paper.title')}</legend>
      {PAPER_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          disabled={state.busy !== null}
          aria-busy={state.busy === format}
          onClick={() => void download(format)}
        >
          {t(`paper.format.${format}`)}
        </button>
      ))}
      <p role="status" className="hint">
        {state.message ?? ''}
      </p>
    </fieldset>
  );
}
