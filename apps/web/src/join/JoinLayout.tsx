import type { ReactNode } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useT } from '../i18n/useT.js';
import './join.css';

/** The frame of the joining pages: the brand, the language switch, one column for a phone. */
export function JoinLayout({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="page join-page">
      <header className="topbar">
        <a className="brand brand-link" href="/">
          {t('app.name')}
        </a>
        <LanguageSwitch />
      </header>
      <main className="join-main">{children}</main>
    </div>
  );
}
