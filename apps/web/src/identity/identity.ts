import { ROLES, type Actor, type Role } from '@tavolo/board';
import type { UiStorage } from '../ui/uiStore.js';

/** Who this browser is at one table, as the server issued it at join. */
export interface Identity {
  readonly participantId: string;
  readonly name: string;
  readonly organisation: string;
  readonly consent: boolean;
  readonly role: Role;
  /** Signed token that the socket presents; issued by POST /api/tables/:id/join. */
  readonly token: string;
}

const key = (tableId: string) => `tavolo.identity.${tableId}`;

/** The identity saved on this device for a table, so a returning person resumes as themselves. */
export function loadIdentity(storage: UiStorage, tableId: string): Identity | null {
  try {
    const raw = storage.getItem(key(tableId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Identity>;
    if (typeof parsed.participantId !== 'string' || typeof parsed.token !== 'string') return null;
    return {
      participantId: parsed.participantId,
      name: String(parsed.name ?? ''),
      organisation: String(parsed.organisation ?? ''),
      consent: parsed.consent === true,
      role: ROLES.includes(parsed.role as Role) ? (parsed.role as Role) : 'participant',
      token: parsed.token,
    };
  } catch {
    return null;
  }
}

/** Keeps an identity on this device. */
export function saveIdentity(storage: UiStorage, tableId: string, identity: Identity): void {
  storage.setItem(key(tableId), JSON.stringify(identity));
}

/** Why a join failed, as the server said it. */
export class JoinError extends Error {
  constructor(
    readonly code: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(code);
  }
}

/** Asks the server to join a table; resolves with the identity to keep. */
export async function joinTable(
  tableId: string,
  entry: { name: string; organisation: string; consent: boolean },
  fetchFn: typeof fetch = fetch,
): Promise<Identity> {
  const res = await fetchFn(`/api/tables/${encodeURIComponent(tableId)}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(entry),
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    throw new JoinError(
      String(body.code ?? 'network'),
      (body.fields as Record<string, string>) ?? {},
    );
  }
  return {
    participantId: String(body.participantId),
    name: String(body.name),
    organisation: String(body.organisation),
    consent: body.consent === true,
    role: ROLES.includes(body.role as Role) ? (body.role as Role) : 'participant',
    token: String(body.token),
  };
}

/** The board actor an identity acts as: its id and role (the board holds no names). */
export function actorOf(identity: Identity): Actor {
  return { id: identity.participantId, role: identity.role };
}
