import { remainingMs, timerRunning, type Timer } from '@tavolo/board';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CLOCK_OFFSET_KEY, fetchClockOffset } from './serverClock.js';

function savedOffset(): number {
  const saved = Number(window.localStorage.getItem(CLOCK_OFFSET_KEY));
  return Number.isFinite(saved) ? saved : 0;
}

/**
 * The one place that knows the offset between this device's clock and the server's (REST data,
 * so react-query). Offline, the last offset measured on this device is used.
 */
export function useClockOffset(): number {
  const query = useQuery({
    queryKey: ['serverClockOffset'],
    queryFn: async () => {
      const offset = await fetchClockOffset();
      window.localStorage.setItem(CLOCK_OFFSET_KEY, String(offset));
      return offset;
    },
    staleTime: 5 * 60_000,
    refetchInterval: 5 * 60_000,
    retry: 2,
  });
  return query.data ?? savedOffset();
}

/** A function reading the server's time now, by this device's clock and the measured offset. */
export function useServerNow(): () => number {
  const offset = useClockOffset();
  return () => Date.now() + offset;
}

/**
 * Milliseconds left on a phase timer, the same on every screen: computed from the board's
 * server-time timer and the server clock, re-rendering each 250 ms while it runs.
 */
export function useRemainingMs(timer: Timer): number {
  const offset = useClockOffset();
  const running = timerRunning(timer);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [running]);
  // Until the first tick after a start, `now` may predate the start: never show more than set.
  return Math.min(timer.durationMs, remainingMs(timer, now + offset));
}
