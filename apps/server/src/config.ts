import { resolve } from 'node:path';

/** Everything the server is configured with; built from the environment by main.ts only. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Folder holding the SQLite file and the server's secrets. */
  readonly dataDir: string;
  /** Folder of the built web client. */
  readonly webDir: string;
  /** Largest accepted WebSocket message, in bytes. */
  readonly maxMessageBytes: number;
  /** Updates appended to a document's log before it is compacted into a snapshot. */
  readonly compactEvery: number;
  /** A socket with more bytes than this waiting to be sent is closed with 1013. */
  readonly maxBufferedBytes: number;
  /** Messages and bytes per second a connection may send on average, and in a burst. */
  readonly rateLimit: {
    readonly perSecond: number;
    readonly burst: number;
    readonly bytesPerSecond: number;
    readonly bytesBurst: number;
  };
  /** What the server holds for clients, in bytes (docs/operations.md, "Bounds"). */
  readonly bounds: Bounds;
  /** Presence changes within this many milliseconds are relayed as one message. */
  readonly awarenessBatchMs: number;
  /** Public base URL for links handed out (e.g. https://tavolo.example.org); else from Host. */
  readonly publicUrl: string | null;
  /** PostgreSQL for the boards' documents (scale-out); SQLite under dataDir when null. */
  readonly databaseUrl: string | null;
  /** Redis relaying updates and presence between instances (scale-out); none when null. */
  readonly redisUrl: string | null;
  /** Seed the demo event into an empty data folder. */
  readonly seedDemo: boolean;
  /**
   * How long after a change of phase or lock a device that had not yet received it may still
   * deliver edits the old phase allowed (an offline backlog), in milliseconds.
   */
  readonly phaseGraceMs: number;
  /** Requests per minute one client address may make to the joining routes. */
  readonly joinLimits: {
    /** Invitation lookups and accepts together: what guessing a six-character code needs. */
    readonly invitationsPerMinute: number;
    /** Joins of open tables (the demo) without an invitation. */
    readonly openJoinsPerMinute: number;
  };
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (Fastify's trustProxy):
   * false (none, the default), a hop count, or addresses and CIDR ranges of the proxies.
   */
  readonly trustProxy: boolean | number | readonly string[];
}

/** Byte bounds on what the server holds on behalf of clients. */
export interface Bounds {
  /** Updates waiting for their dependencies and frames sent while a room loads, per connection. */
  readonly heldPerConnection: number;
  readonly heldPerRoom: number;
  readonly heldInProcess: number;
  /** A board (snapshot plus log) past this size accepts no more writes (4413). */
  readonly maxBoardBytes: number;
  /** Bytes waiting to be sent, summed over a room's sockets, and over the process's. */
  readonly queuedPerRoom: number;
  readonly queuedInProcess: number;
}

/** A configuration error a person can fix, naming the variable. */
export class ConfigError extends Error {}

function int(env: Record<string, string | undefined>, name: string, fallback: number, min: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}".`);
  }
  return value;
}

const MiB = 1024 * 1024;
/** `TAVOLO_TRUST_PROXY`: unset or 0 trusts nobody; a number counts hops; else a list of proxies. */
function trustProxy(raw: string | undefined): Config['trustProxy'] {
  const value = raw?.trim() ?? '';
  if (value === '' || value === '0' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const proxies = value.split(',').map((p) => p.trim());
  // proxy-addr's names for whole ranges, or an IPv4/IPv6 address with an optional prefix length.
  const valid = /^(loopback|linklocal|uniquelocal|[\d.]+(\/\d+)?|[\da-f:.]+(\/\d+)?)$/i;
  const bad = proxies.find((p) => !valid.test(p));
  if (bad !== undefined) {
    throw new ConfigError(
      `TAVOLO_TRUST_PROXY must be 0, true, a hop count or proxy addresses (e.g. 127.0.0.1,10.0.0.0/8), got "${bad}".`,
    );
  }
  return proxies;
}

/** Reads the configuration from environment variables, with the embedded defaults. */
export function parseConfig(
  env: Record<string, string | undefined>,
  defaults: { cwd: string; webDir: string },
): Config {
  return {
    port: int(env, 'PORT', 8080, 0),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(defaults.cwd, env.TAVOLO_DATA_DIR || 'data'),
    webDir: resolve(defaults.cwd, env.TAVOLO_WEB_DIR || defaults.webDir),
    maxMessageBytes: int(env, 'TAVOLO_MAX_MESSAGE_BYTES', 1024 * 1024, 1024),
    compactEvery: int(env, 'TAVOLO_COMPACT_EVERY', 500, 1),
    maxBufferedBytes: int(env, 'TAVOLO_MAX_BUFFERED_BYTES', 8 * 1024 * 1024, 1024),
    rateLimit: {
      perSecond: int(env, 'TAVOLO_RATE_LIMIT', 200, 1),
      burst: int(env, 'TAVOLO_RATE_BURST', 600, 1),
      bytesPerSecond: int(env, 'TAVOLO_RATE_BYTES', 2 * MiB, 1024),
      // At least the largest message, so one may always get through.
      bytesBurst: Math.max(
        int(env, 'TAVOLO_RATE_BYTES_BURST', 8 * MiB, 1024),
        int(env, 'TAVOLO_MAX_MESSAGE_BYTES', MiB, 1024),
      ),
    },
    bounds: {
      heldPerConnection: int(env, 'TAVOLO_MAX_HELD_BYTES_PER_CONNECTION', 4 * MiB, 1024),
      heldPerRoom: int(env, 'TAVOLO_MAX_HELD_BYTES_PER_ROOM', 32 * MiB, 1024),
      heldInProcess: int(env, 'TAVOLO_MAX_HELD_BYTES', 128 * MiB, 1024),
      maxBoardBytes: int(env, 'TAVOLO_MAX_BOARD_BYTES', 32 * MiB, 64 * 1024),
      queuedPerRoom: int(env, 'TAVOLO_MAX_QUEUED_BYTES_PER_ROOM', 64 * MiB, 1024),
      queuedInProcess: int(env, 'TAVOLO_MAX_QUEUED_BYTES', 256 * MiB, 1024),
    },
    awarenessBatchMs: int(env, 'TAVOLO_AWARENESS_BATCH_MS', 50, 0),
    phaseGraceMs: int(env, 'TAVOLO_PHASE_GRACE_MS', 10 * 60_000, 0),
    publicUrl: env.TAVOLO_PUBLIC_URL || null,
    databaseUrl: env.TAVOLO_DATABASE_URL || null,
    redisUrl: env.TAVOLO_REDIS_URL || null,
    seedDemo: env.TAVOLO_SEED_DEMO !== '0',
    // 30 phones behind one conference NAT each look up and accept once (60 requests) within a
    // minute with room to spare, while guessing codes goes at 2 a second, not thousands.
    joinLimits: {
      invitationsPerMinute: int(env, 'TAVOLO_INVITE_LIMIT_PER_MIN', 120, 1),
      openJoinsPerMinute: int(env, 'TAVOLO_JOIN_LIMIT_PER_MIN', 60, 1),
    },
    trustProxy: trustProxy(env.TAVOLO_TRUST_PROXY),
  };
}
