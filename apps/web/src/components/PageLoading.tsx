import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useT } from '../i18n/useT.js';

/** What shows while a page's code arrives. */
export function PageLoading() {
  const t = useT();
  return (
    <p className="page-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Shows `children`, with PageLoading until lazily loaded code among them has arrived. */
export function LoadingPage({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

/**
 * A component whose code is fetched the first time it renders: pages a participant's phone
 * never opens (the secretariat, the projector) stay out of the board's first download.
 */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  return lazy(async () => ({ default: await load() }));
}
