import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { retryUnlessRefused } from './SecretariatApi.js';
import { useSecretariat } from './SecretariatContext.js';
import type { EventView } from './types.js';

/** Query key of one event's view. */
export const eventKey = (eventId: string) => ['secretariat', 'event', eventId] as const;

/** One event with its tables and invitations; `refetchInterval` keeps a long-open page current. */
export function useEvent(eventId: string, refetchInterval: number | false = false) {
  const { api } = useSecretariat();
  return useQuery({
    queryKey: eventKey(eventId),
    queryFn: () => api.getEvent(eventId),
    retry: retryUnlessRefused,
    refetchInterval,
  });
}

/** Puts a fresh event view (the answer of a change) in the cache, and marks the list stale. */
export function useEventUpdater(eventId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (view?: EventView) => {
      if (view) queryClient.setQueryData(eventKey(eventId), view);
      void queryClient.invalidateQueries({ queryKey: eventKey(eventId) });
      void queryClient.invalidateQueries({ queryKey: ['secretariat', 'events'] });
    },
    [eventId, queryClient],
  );
}
