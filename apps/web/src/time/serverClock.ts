/** Where the offset to the server clock is remembered between page loads. */
export const CLOCK_OFFSET_KEY = 'tavolo.clockOffset';

/**
 * The offset to add to this device's clock to read the server's, from one GET /api/time:
 * the server's answer is taken as the time at the midpoint of the round trip.
 */
export function clockOffset(sentAt: number, receivedAt: number, serverNow: number): number {
  return Math.round(serverNow - (sentAt + receivedAt) / 2);
}

/** Asks the server for its time; resolves with the offset of this device's clock. */
export async function fetchClockOffset(
  fetchFn: typeof fetch = fetch,
  now: () => number = Date.now,
): Promise<number> {
  const sentAt = now();
  const res = await fetchFn('/api/time', { cache: 'no-store' });
  if (!res.ok) throw new Error(`GET /api/time: ${res.status}`);
  const body = (await res.json()) as { now?: unknown };
  if (typeof body.now !== 'number') throw new Error('GET /api/time: no time in the answer');
  return clockOffset(sentAt, now(), body.now);
}
