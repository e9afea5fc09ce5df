import { useSyncExternalStore } from 'react';

/** A clock that ticks every `intervalMs`; subscribers share one interval. */
export function createTicker(intervalMs: number, now: () => number = Date.now) {
  let current = now();
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | null = null;
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      timer ??= setInterval(() => {
        current = now();
        for (const l of listeners) l();
      }, intervalMs);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== null) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
    getSnapshot: () => current,
  };
}

export type Ticker = ReturnType<typeof createTicker>;

/** This device's time, re-rendering at every tick of `ticker`. */
export function useTick(ticker: Ticker): number {
  return useSyncExternalStore(ticker.subscribe, ticker.getSnapshot);
}
