import { requestJson } from '../api/requestJson.js';

/**
 * How far the server's clock is ahead of this device's (ms), measured with GET /api/time and
 * corrected for half the round trip, so timers show the same time here as on every board.
 */
export async function measureServerOffset(now: () => number = Date.now): Promise<number> {
  const sentAt = now();
  const { now: serverNow } = await requestJson<{ now: number }>('/api/time');
  const receivedAt = now();
  return serverNow - (sentAt + receivedAt) / 2;
}
