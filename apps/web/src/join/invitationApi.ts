import { ROLES, type Role } from '@tavolo/board';
import { requestJson } from '../api/requestJson.js';
import type { Identity } from '../identity/identity.js';

/** How a person points at an invitation: the token of a link, or a typed short code. */
export type InvitationRef = { readonly invite: string } | { readonly code: string };

/** The roles an invitation can hand out. */
export type InvitedRole = Exclude<Role, 'secretariat'>;

/** What an invitation opens, as the server describes it before anyone joins. */
export interface InvitationSummary {
  readonly tableId: string;
  readonly tableTitle: string;
  readonly eventTitle: string;
  readonly role: InvitedRole;
}

/** What a person gives when accepting; observers (a projector) give nothing. */
export interface Person {
  readonly name: string;
  readonly organisation: string;
  readonly consent: boolean;
}

/** A typed code as the server stores it: case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

function query(ref: InvitationRef): string {
  return 'invite' in ref
    ? `invite=${encodeURIComponent(ref.invite)}`
    : `code=${encodeURIComponent(normaliseCode(ref.code))}`;
}

function body(ref: InvitationRef) {
  return 'invite' in ref ? { invite: ref.invite } : { code: normaliseCode(ref.code) };
}

/** Which table, event and role an invitation opens (no credentials needed). */
export async function lookupInvitation(ref: InvitationRef): Promise<InvitationSummary> {
  const found = await requestJson<InvitationSummary>(`/api/invitations/lookup?${query(ref)}`);
  return { ...found, role: readRole(found.role) };
}

/** Accepts an invitation; resolves with the identity to keep on this device for the table. */
export async function acceptInvitation(
  ref: InvitationRef,
  person: Person,
): Promise<{ tableId: string; identity: Identity }> {
  const res = await requestJson<Record<string, unknown>>('/api/invitations/accept', {
    method: 'POST',
    body: { ...body(ref), ...person },
  });
  return {
    tableId: String(res.tableId),
    identity: {
      participantId: String(res.participantId),
      name: String(res.name ?? ''),
      organisation: String(res.organisation ?? ''),
      consent: res.consent === true,
      role: readRole(res.role),
      token: String(res.token),
    },
  };
}

function readRole(value: unknown): InvitedRole {
  return ROLES.includes(value as Role) && value !== 'secretariat'
    ? (value as InvitedRole)
    : 'participant';
}

/** Where a person lands after joining: the board, or the projector view for an observer. */
export function tablePath(tableId: string, role: Role): string {
  return role === 'observer' ? `/t/${tableId}/proiettore` : `/t/${tableId}`;
}
