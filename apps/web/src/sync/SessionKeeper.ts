import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';

/** y-websocket's auth message type; Tavolo's server reads a renewed token from it. */
const MESSAGE_AUTH = 2;

/** Renew when this share of a token's life is left (a 2-hour token: after 90 minutes). */
const RENEW_AT_LEFT = 0.25;

/** What the keeper needs from the browser; injectable for tests. */
export interface SessionEnv {
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

/** Why the server will not take this device's token any more. */
export type SessionEnd = 'token_revoked' | 'token_expired';

/** The expiry a token states (its payload is base64url JSON); null when unreadable. */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = token.split('.')[0] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}

/**
 * Keeps a table's session alive: moderators' and observers' tokens are short-lived, so before
 * one runs out the keeper asks the server for a fresh one (POST /api/session/renew), hands it
 * to the open socket (an auth message) and to the provider for later reconnections, and keeps
 * it for the next visit. When the server says the session is over (revoked invitation, expired
 * invitation), `onEnd` says why; the socket closing with 4401 token_expired triggers one last
 * renewal and a reconnection. Framework-free.
 */
export class SessionKeeper {
  private timer: unknown = null;
  private stopped = false;

  constructor(
    private token: string,
    private readonly provider: WebsocketProvider,
    private readonly env: SessionEnv,
    private readonly handlers: {
      /** A renewed token to keep on the device. */
      readonly renewed: (token: string) => void;
      readonly ended: (why: SessionEnd) => void;
    },
  ) {
    this.schedule();
  }

  /** The server closed the socket with 4401: renew and reconnect, or say the session ended. */
  async onUnauthorised(reason: string): Promise<void> {
    if (reason !== 'token_expired') {
      this.end(reason === 'token_revoked' ? 'token_revoked' : 'token_expired');
      return;
    }
    if (await this.renew()) this.provider.connect();
  }

  /** Asks for a fresh token now; true once it is in use. */
  async renew(): Promise<boolean> {
    if (this.stopped) return false;
    let res: Response;
    try {
      res = await this.env.fetch('/api/session/renew', {
        method: 'POST',
        headers: { authorization: `Bearer ${this.token}` },
      });
    } catch {
      this.schedule(60_000); // offline: try again in a minute
      return false;
    }
    if (this.stopped) return false;
    const body = (await res.json().catch(() => ({}))) as { token?: unknown; code?: unknown };
    if (!res.ok || typeof body.token !== 'string') {
      if (res.status === 401)
        this.end(body.code === 'token_revoked' ? 'token_revoked' : 'token_expired');
      else this.schedule(60_000);
      return false;
    }
    this.token = body.token;
    this.provider.params = { ...this.provider.params, token: this.token };
    this.sendToSocket();
    this.handlers.renewed(this.token);
    this.schedule();
    return true;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.env.clearTimeout(this.timer);
    this.timer = null;
  }

  private end(why: SessionEnd): void {
    this.stop();
    this.provider.disconnect();
    this.handlers.ended(why);
  }

  private sendToSocket(): void {
    const ws = this.provider.ws;
    if (!ws || ws.readyState !== 1) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AUTH);
    encoding.writeVarUint8Array(encoder, new TextEncoder().encode(this.token));
    ws.send(encoding.toUint8Array(encoder));
  }

  /** Plans the next renewal: when a quarter of the token's life is left, or after `ms`. */
  private schedule(ms?: number): void {
    if (this.stopped) return;
    if (this.timer !== null) this.env.clearTimeout(this.timer);
    const exp = tokenExpiry(this.token);
    if (ms === undefined) {
      if (exp === null) return;
      const now = this.env.now();
      const issuedLife = Math.max(0, exp - now);
      ms = Math.max(5_000, issuedLife - Math.max(issuedLife * RENEW_AT_LEFT, 60_000));
    }
    // Timers cannot wait longer than ~24.8 days; a participant's 14-day token fits.
    this.timer = this.env.setTimeout(
      () => {
        this.timer = null;
        void this.renew();
      },
      Math.min(ms, 2 ** 31 - 1),
    );
  }
}
