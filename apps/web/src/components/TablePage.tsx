import { useState } from 'react';
import { loadIdentity, saveIdentity, type Identity } from '../identity/identity.js';
import type { UiStorage } from '../ui/uiStore.js';
import { BoardView } from './BoardView.js';
import { JoinForm } from './JoinForm.js';

/** A table: the join form for a newcomer, the board for someone who has joined. */
export function TablePage({ tableId, storage }: { tableId: string; storage: UiStorage }) {
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
  return <BoardView tableId={tableId} identity={identity} />;
}
