/**
 * Resolves once `check` holds, re-checking every few milliseconds: a wait for a condition,
 * not a sleep. Rejects naming `what` after `limitMs`.
 */
export function until(check: () => boolean, what = 'a condition', limitMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > limitMs) {
        clearInterval(timer);
        reject(new Error(`timed out waiting for ${what}`));
      }
    }, 5);
  });
}
