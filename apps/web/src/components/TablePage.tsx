import { useState } from 'react';
import { BoardView } from '../board/BoardView.js';
import { loadIdentity, saveIdentity, type Identity } from '../identity/identity.js';
import { lazyPage } from './PageLoading.js';
import type { UiStorage } from '../ui/uiStore.js';
import { JoinForm } from './JoinForm.js';

const ProjectorView = lazyPage(
  async () => (await import('../projector/ProjectorView.js')).ProjectorView,
);
const NoObserverPage = lazyPage(
  async () => (await import('../projector/NoObserverPage.js')).NoObserverPage,
);

/** Opens an invitation's page with a full load, so it starts from what this device keeps. */
const openPage = (path: string) => window.location.assign(path);

/**
 * A table: the join form for a newcomer, then the board or the projector view. The projector
 * is an observer, admitted by invitation only: without one it says so instead of the join form.
 */
export function TablePage({
  tableId,
  storage,
  view,
}: {
  tableId: string;
  storage: UiStorage;
  view: 'board' | 'projector';
}) {
  const [identity, setIdentity] = useState<Identity | null>(() => loadIdentity(storage, tableId));
  if (!identity && view === 'projector') {
    return <NoObserverPage tableId={tableId} navigate={openPage} />;
  }
  if (!identity) {
    return (
      <JoinForm
        tableId={tableId}
        onJoined={(joined) => {
          saveIdentity(storage, tableId, joined);
          setIdentity(joined);
        }}
      />
    );
  }
  if (view === 'projector') return <ProjectorView tableId={tableId} identity={identity} />;
  return <BoardView tableId={tableId} identity={identity} />;
}
