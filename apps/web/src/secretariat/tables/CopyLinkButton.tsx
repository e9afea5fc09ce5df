import { useState } from 'react';
import { useT } from '../../i18n/useT.js';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies a link to the clipboard and says so. Browsers refuse the clipboard on plain http
 * (a venue's LAN address): then it says to copy the link from the field next to it.
 */
export function CopyLinkButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="copy">
      <button type="button" onClick={() => void copy()} aria-label={label}>
        {t('secretariat.invite.copy')}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' && t('secretariat.invite.copied')}
        {state === 'failed' && t('secretariat.invite.copyFailed')}
      </span>
    </span>
  );
}
