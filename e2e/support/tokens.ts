import { createHmac } from 'node:crypto';

/** The secret the e2e server signs tokens with (playwright.config.ts passes it as TAVOLO_SECRET). */
export const TEST_SECRET = 'tavolo-e2e-secret-not-for-production';

type Role = 'secretariat' | 'moderator' | 'participant' | 'observer';

/**
 * Signs a token as the server does (apps/server/src/auth/tokens.ts):
 * `<base64url(JSON claims)>.<base64url(HMAC-SHA256(payload, secret))>`.
 */
export function signToken(claims: {
  tableId: string;
  role: Role;
  participantId: string;
  exp?: number;
}): string {
  const full = { ...claims, exp: claims.exp ?? Date.now() + 24 * 60 * 60 * 1000 };
  const payload = Buffer.from(JSON.stringify(full)).toString('base64url');
  const mac = createHmac('sha256', Buffer.from(TEST_SECRET, 'utf8')).update(payload).digest();
  return `${payload}.${mac.toString('base64url')}`;
}

/** The identity the web app keeps in localStorage under `tavolo.identity.<tableId>`. */
export function identityFor(
  tableId: string,
  person: { id: string; name: string; organisation: string; role: Role },
) {
  return {
    participantId: person.id,
    name: person.name,
    organisation: person.organisation,
    consent: true,
    role: person.role,
    token: signToken({ tableId, role: person.role, participantId: person.id }),
  };
}
