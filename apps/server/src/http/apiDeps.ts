import type { IncomingHttpHeaders } from 'node:http';
import { isAdminKey } from '../auth/adminKey.js';
import type { Catalog } from '../catalog/Catalog.js';
import type { Invitation } from '../catalog/Invitations.js';
import type { Logger } from '../log.js';
import { HttpError } from './json.js';

/** What the REST routes work with. */
export interface ApiDeps {
  readonly catalog: Catalog;
  readonly adminKey: string;
  readonly log: Logger;
  readonly now: () => number;
  /** Base of links handed out (invitations); derived from the request's Host when null. */
  readonly publicUrl: string | null;
}

/** A request as far as credentials and links go: its headers. */
export interface WithHeaders {
  readonly headers: IncomingHttpHeaders;
}

/** The bearer credential of a request, if any. */
export function bearer(req: WithHeaders): string | null {
  const header = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

/** Throws 401 unless the request carries the secretariat key. */
export function requireSecretariat(deps: ApiDeps, req: WithHeaders): void {
  if (!isAdminKey(bearer(req), deps.adminKey)) {
    throw new HttpError(401, 'unauthorised', 'The secretariat key is missing or wrong.');
  }
}

/** Where people open the app, for the links we hand out. */
export function baseUrl(deps: ApiDeps, req: WithHeaders): string {
  if (deps.publicUrl) return deps.publicUrl.replace(/\/+$/, '');
  return `http://${req.headers.host ?? 'localhost'}`;
}

/** An invitation as the API shows it, with its link. */
export function invitationView(deps: ApiDeps, req: WithHeaders, invitation: Invitation) {
  return {
    id: invitation.id,
    tableId: invitation.tableId,
    role: invitation.role,
    label: invitation.label,
    code: invitation.code,
    url: `${baseUrl(deps, req)}/i/${deps.catalog.invitations.linkToken(invitation)}`,
    expiresAt: invitation.expiresAt,
    revokedAt: invitation.revokedAt,
    createdAt: invitation.createdAt,
  };
}
