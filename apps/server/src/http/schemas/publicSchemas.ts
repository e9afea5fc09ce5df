import { z } from 'zod';
import { bool, object, optionalText, text } from './fields.js';

/** What a person gives to join; observers (a projector) may leave name and organisation empty. */
export function personBody(optional: boolean) {
  return object({
    name: optional ? optionalText(80) : text(80),
    organisation: optional ? optionalText(120) : text(120),
    consent: bool(false),
  });
}

/** The person of POST /api/invitations/accept and POST /api/tables/:tableId/join. */
export type Person = z.output<ReturnType<typeof personBody>>;

const given = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** POST /api/invitations/accept, first read: which invitation, by link token or typed code. */
export const acceptCredentialsBody = object({
  invite: optionalText(200),
  code: optionalText(20),
}).refine((body) => given(body.invite) || given(body.code), {
  path: ['code'],
  error: 'required',
  // Also when `invite` is malformed, so that the answer says a code or link is needed.
  when: () => true,
});

/** GET /api/invitations/lookup?invite=<link token> or ?code=<code> (repeated keys refused). */
export const lookupQuery = object({
  invite: z.string({ error: 'must be text' }).optional(),
  code: z.string({ error: 'must be text' }).optional(),
});

/** POST /api/session/consent: whether the token's person agrees to be named in the paper. */
export const consentBody = object({ consent: z.boolean({ error: 'must be true or false' }) });
