import { newId } from '@tavolo/board';
import { signToken, type TokenClaims } from '../auth/tokens.js';
import { HttpError } from './json.js';

/** What a person gives to join a table. */
export interface JoinRequest {
  readonly name: string;
  readonly organisation: string;
  /** Whether the person agrees to be named in the position paper. */
  readonly consent: boolean;
}

/** How long a participant token lasts: a whole event day and its follow-up. */
export const PARTICIPANT_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Validates a join body field by field; throws HttpError 400 naming every bad field. */
export function parseJoinRequest(body: unknown): JoinRequest {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  const text = (key: string, max: number) => {
    const value = b[key];
    if (typeof value !== 'string' || value.trim() === '') fields[key] = 'required';
    else if (value.trim().length > max) fields[key] = `at most ${max} characters`;
    return typeof value === 'string' ? value.trim() : '';
  };
  const name = text('name', 80);
  const organisation = text('organisation', 120);
  if (b.consent !== undefined && typeof b.consent !== 'boolean')
    fields.consent = 'must be true or false';
  if (Object.keys(fields).length > 0) {
    throw new HttpError(400, 'invalid_body', 'Some fields are missing or invalid.', fields);
  }
  return { name, organisation, consent: b.consent === true };
}

/** Issues a participant token for a table. */
export function issueParticipantToken(tableId: string, secret: Uint8Array, now: number) {
  const claims: TokenClaims = {
    tableId,
    role: 'participant',
    participantId: newId(),
    exp: now + PARTICIPANT_TOKEN_TTL_MS,
  };
  return { token: signToken(claims, secret), claims };
}
