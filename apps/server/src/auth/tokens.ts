import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Who a connection acts as. */
export type Role = 'secretariat' | 'moderator' | 'participant' | 'observer';

export const ROLES: readonly Role[] = ['secretariat', 'moderator', 'participant', 'observer'];

/** What a signed token says. `tableId` is '*' only for the secretariat (every table). */
export interface TokenClaims {
  readonly tableId: string;
  readonly role: Role;
  readonly participantId: string;
  /** Expiry, in milliseconds since the epoch. */
  readonly exp: number;
  /** The invitation the token was issued from; null for an open join or the secretariat. */
  readonly inv?: string | null;
}

/** Why a token was refused; every code maps to close code 4401. */
export type TokenErrorCode =
  'token_missing' | 'token_malformed' | 'token_bad_signature' | 'token_expired' | 'token_revoked';

export class TokenError extends Error {
  constructor(
    readonly code: TokenErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function mac(payload: string, secret: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** Signs claims as `<base64url JSON>.<base64url HMAC-SHA256>`. */
export function signToken(claims: TokenClaims, secret: Uint8Array): string {
  const payload = b64(JSON.stringify(claims));
  return `${payload}.${b64(mac(payload, secret))}`;
}

/** Checks signature, shape and expiry; throws a TokenError saying which failed. */
export function verifyToken(
  token: string | null | undefined,
  secret: Uint8Array,
  now: number,
): TokenClaims {
  if (!token) throw new TokenError('token_missing', 'A token is required.');
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) {
    throw new TokenError('token_malformed', 'The token is not in the expected format.');
  }
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new TokenError('token_bad_signature', 'The token was not issued by this server.');
  }
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new TokenError('token_malformed', 'The token payload is not JSON.');
  }
  if (!isClaims(claims)) throw new TokenError('token_malformed', 'The token lacks claims.');
  if (claims.exp <= now) throw new TokenError('token_expired', 'The token has expired.');
  return claims;
}

function isClaims(value: unknown): value is TokenClaims {
  const c = value as Partial<TokenClaims> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.tableId === 'string' &&
    typeof c.participantId === 'string' &&
    typeof c.exp === 'number' &&
    (c.inv === undefined || c.inv === null || typeof c.inv === 'string') &&
    ROLES.includes(c.role as Role) &&
    (c.tableId !== '*' || c.role === 'secretariat')
  );
}

/** True when the claims let their holder open `tableId`. */
export function opensTable(claims: TokenClaims, tableId: string): boolean {
  return claims.tableId === tableId || (claims.tableId === '*' && claims.role === 'secretariat');
}

/** Reads the signing secret from `<dataDir>/secret.key`, creating it on first start. */
export function loadOrCreateSecret(dataDir: string): Uint8Array {
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32);
  writeFileSync(file, secret.toString('hex') + '\n', { mode: 0o600 });
  return secret;
}
