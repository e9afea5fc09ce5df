import type { ReactElement } from 'react';
import { lazyPage } from '../components/PageLoading.js';
import type { UiStorage } from '../ui/uiStore.js';

const SecretariatApp = lazyPage(async () => (await import('./SecretariatApp.js')).SecretariatApp);
const CodeEntryPage = lazyPage(
  async () => (await import('../join/CodeEntryPage.js')).CodeEntryPage,
);
const InvitationPage = lazyPage(
  async () => (await import('../join/InvitationPage.js')).InvitationPage,
);

const INVITE_PATH = /^\/i\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\/?$/;

/** Opens a page after joining; a full load, so the board starts from the saved identity. */
const openPage = (path: string) => window.location.assign(path);

/**
 * The routes of joining by invitation (/i/<invite>, /entra) and of the secretariat
 * (/segreteria…); null for any other path, which App routes itself.
 */
export function secretariatAndJoinRoute(path: string, storage: UiStorage): ReactElement | null {
  if (path === '/segreteria' || path.startsWith('/segreteria/')) {
    return <SecretariatApp storage={storage} />;
  }
  if (/^\/entra\/?$/.test(path)) {
    // The projector's QR code carries the table's code: /entra?codice=K7P4QX.
    const code = new URLSearchParams(window.location.search).get('codice') ?? '';
    return <CodeEntryPage storage={storage} navigate={openPage} initialCode={code} />;
  }
  const invite = INVITE_PATH.exec(path);
  if (invite?.[1]) {
    return <InvitationPage invite={invite[1]} storage={storage} navigate={openPage} />;
  }
  return null;
}
