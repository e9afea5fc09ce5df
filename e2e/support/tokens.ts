import type { APIRequestContext } from '@playwright/test';
import { E2E_ADMIN_KEY } from '../adminKey.js';

/** The secret the e2e server signs tokens with (playwright.config.ts passes it as TAVOLO_SECRET). */
export const TEST_SECRET = 'tavolo-e2e-secret-not-for-production';

type Role = 'secretariat' | 'moderator' | 'participant' | 'observer';

/** Who a spec puts at a table. */
export interface Person {
  readonly name: string;
  readonly organisation: string;
  readonly role: Exclude<Role, 'secretariat'>;
}

/** The identity the web app keeps in localStorage under `tavolo.identity.<tableId>`. */
export interface StoredIdentity {
  readonly participantId: string;
  readonly name: string;
  readonly organisation: string;
  readonly consent: boolean;
  readonly role: Role;
  readonly token: string;
}

/**
 * Joins a person to a table as the server issues identities: a participant through the open
 * table's join, a moderator or observer through an invitation the secretariat creates and the
 * person accepts. The server only takes tokens of people its catalogue knows.
 */
export async function joinedIdentity(
  request: APIRequestContext,
  tableId: string,
  person: Person,
  /** How a participant comes in: the open table's join, or an invitation (any table). */
  via: 'join' | 'invitation' = 'join',
): Promise<StoredIdentity> {
  const body = { name: person.name, organisation: person.organisation, consent: true };
  let res;
  if (person.role === 'participant' && via === 'join') {
    res = await request.post(`/api/tables/${tableId}/join`, { data: body });
  } else {
    const invitation = await request.post(`/api/tables/${tableId}/invitations`, {
      headers: { authorization: `Bearer ${E2E_ADMIN_KEY}` },
      data: { role: person.role, label: person.name },
    });
    if (!invitation.ok()) throw new Error(`invitation: ${invitation.status()}`);
    const { code } = (await invitation.json()) as { code: string };
    res = await request.post('/api/invitations/accept', { data: { code, ...body } });
  }
  if (!res.ok()) throw new Error(`join ${tableId} as ${person.role}: ${res.status()}`);
  const joined = (await res.json()) as { token: string; participantId: string; role: Role };
  return {
    participantId: joined.participantId,
    name: person.name,
    organisation: person.organisation,
    consent: true,
    role: joined.role,
    token: joined.token,
  };
}
