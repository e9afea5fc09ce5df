/** The servers compared side by side. */
export type ServerKind = 'ours' | 'yws' | 'hocuspocus' | 'relay';

export const SERVER_KINDS: readonly ServerKind[] = ['ours', 'yws', 'hocuspocus', 'relay'];

export const SERVER_LABELS: Record<ServerKind, string> = {
  ours: 'Tavolo',
  yws: 'y-websocket-server',
  hocuspocus: 'Hocuspocus',
  relay: 'raw relay',
};
