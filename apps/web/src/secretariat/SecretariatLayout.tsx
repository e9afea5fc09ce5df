import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useT } from '../i18n/useT.js';
import { Link } from './navigation.js';
import { SecretariatContext } from './SecretariatContext.js';
import './secretariat.css';

/**
 * The frame of every secretariat page: a skip link, the top bar (brand, events, language,
 * sign out), a back link and the page title, which takes the focus when the page opens so a
 * screen reader announces where a navigation led.
 */
export function SecretariatLayout({
  title,
  subtitle,
  back,
  actions,
  children,
  signedIn = true,
  wide = false,
}: {
  title: string;
  subtitle?: ReactNode;
  back?: { to: string; label: string };
  actions?: ReactNode;
  children: ReactNode;
  signedIn?: boolean;
  wide?: boolean;
}) {
  const t = useT();
  const session = useContext(SecretariatContext);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('secretariat.name')} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="page secretariat">
      <a className="skip-link" href="#main">
        {t('secretariat.skip')}
      </a>
      <header className="topbar sec-topbar">
        <div className="sec-brand">
          <span className="brand">{t('app.name')}</span>
          <span className="sec-brand-role">{t('secretariat.name')}</span>
        </div>
        <nav className="topbar-tools" aria-label={t('secretariat.nav')}>
          {signedIn && <Link to="/segreteria">{t('secretariat.events')}</Link>}
          <LanguageSwitch />
          {signedIn && session && (
            <button type="button" className="sec-signout" onClick={session.signOut}>
              {t('secretariat.signOut')}
            </button>
          )}
        </nav>
      </header>
      <main id="main" className={wide ? 'sec-main wide' : 'sec-main'}>
        {back && (
          <p className="sec-back">
            <Link to={back.to}>← {back.label}</Link>
          </p>
        )}
        <div className="sec-heading">
          <div>
            <h1 ref={heading} tabIndex={-1}>
              {title}
            </h1>
            {subtitle && <div className="sec-subtitle">{subtitle}</div>}
          </div>
          {actions && <div className="sec-actions">{actions}</div>}
        </div>
        {children}
      </main>
    </div>
  );
}
