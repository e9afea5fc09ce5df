import { describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { SessionKeeper, tokenExpiry, type SessionEnv } from './SessionKeeper.js';

/** A token as the server signs them: base64url JSON claims, a dot, a signature. */
function token(exp: number, tag = 'a'): string {
  const payload = btoa(JSON.stringify({ exp, tag })).replace(/\+/g, '-').replace(/\//g, '_');
  return `${payload.replace(/=+$/, '')}.sig`;
}

function fakeProvider() {
  const sent: Uint8Array[] = [];
  return {
    params: { token: 'old' } as Record<string, string>,
    ws: { readyState: 1, send: (data: Uint8Array) => sent.push(data) },
    connect: vi.fn(),
    disconnect: vi.fn(),
    sent,
  };
}

function env(now: number, answer: () => Response) {
  const timers: Array<{ run: () => void; ms: number }> = [];
  const fetchCalls: RequestInit[] = [];
  const e: SessionEnv = {
    fetch: (async (_url: string, init: RequestInit) => {
      fetchCalls.push(init);
      return answer();
    }) as typeof fetch,
    now: () => now,
    setTimeout: (run, ms) => timers.push({ run, ms }),
    clearTimeout: () => {},
  };
  return { e, timers, fetchCalls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('SessionKeeper', () => {
  it('reads the expiry of a token', () => {
    expect(tokenExpiry(token(1234))).toBe(1234);
    expect(tokenExpiry('nonsense')).toBeNull();
  });

  it('renews a 2-hour token after 90 minutes, on the socket and for later reconnections', async () => {
    const now = 1_000_000;
    const fresh = token(now + 4 * 3600_000, 'fresh');
    const { e, timers, fetchCalls } = env(now, () => json(200, { token: fresh }));
    const provider = fakeProvider();
    const renewed: string[] = [];
    new SessionKeeper(token(now + 2 * 3600_000), provider as unknown as WebsocketProvider, e, {
      renewed: (t) => renewed.push(t),
      ended: () => {},
    });
    expect(timers.at(-1)!.ms).toBe(90 * 60_000);
    timers.at(-1)!.run();
    await vi.waitFor(() => expect(renewed).toEqual([fresh]));
    expect(fetchCalls[0]!.headers).toMatchObject({
      authorization: expect.stringMatching(/^Bearer /),
    });
    expect(provider.params.token).toBe(fresh);
    // The auth message (type 2) carries the new token to the open socket.
    expect(provider.sent).toHaveLength(1);
    expect(provider.sent[0]![0]).toBe(2);
    expect(new TextDecoder().decode(provider.sent[0]!.subarray(-fresh.length))).toBe(fresh);
  });

  it('says the session ended when the server refuses to renew a revoked one', async () => {
    const now = 5_000;
    const { e } = env(now, () => json(401, { code: 'token_revoked' }));
    const provider = fakeProvider();
    const ended: string[] = [];
    const keeper = new SessionKeeper(
      token(now + 60_000),
      provider as unknown as WebsocketProvider,
      e,
      {
        renewed: () => {},
        ended: (why) => ended.push(why),
      },
    );
    expect(await keeper.renew()).toBe(false);
    expect(ended).toEqual(['token_revoked']);
    expect(provider.disconnect).toHaveBeenCalled();
  });

  it('renews and reconnects when the server closes an expired token’s socket', async () => {
    const now = 5_000;
    const { e } = env(now, () => json(200, { token: token(now + 7200_000) }));
    const provider = fakeProvider();
    const keeper = new SessionKeeper(token(now - 1), provider as unknown as WebsocketProvider, e, {
      renewed: () => {},
      ended: () => {},
    });
    await keeper.onUnauthorised('token_expired');
    expect(provider.connect).toHaveBeenCalled();
  });
});
