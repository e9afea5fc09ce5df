import { useState } from 'react';
import { BoardView } from '../board/BoardView.js';
import { loadIdentity, saveIdentity, type Identity } from '../identity/identity.js';
import { lazyPage } from './PageLoading.js';
import type { UiStorage } from '../ui/uiStore.js';
import { JoinForm } from './JoinForm.js';

const ProjectorView = lazyPage(
  async () => (await import('../projector/ProjectorView.js')).ProjectorView,
);

/** A table: the join form for a newcomer, then the board or the projector view. */
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
