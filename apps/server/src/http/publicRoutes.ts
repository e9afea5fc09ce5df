import type { IncomingMessage } from 'node:http';
import { opensTable, TokenError, verifyToken } from '../auth/tokens.js';
import type { Invitation } from '../catalog/Invitations.js';
import type { TableRecord } from '../tables/TableRegistry.js';
import { bearer, invitationView, type ApiDeps } from './apiDeps.js';
import { HttpError, readJson, sendJson } from './json.js';
import type { Router } from './router.js';
import { BodyReader } from './validate.js';

/** What a person gives to join; observers (a projector) may leave it empty. */
function readPerson(r: BodyReader, optional: boolean) {
  return {
    name: r.text('name', 80, optional),
    organisation: r.text('organisation', 120, optional),
    consent: r.bool('consent', false),
  };
}

const PROBLEM_STATUS = {
  invitation_unknown: 404,
  invitation_expired: 410,
  invitation_revoked: 410,
};

/** Routes anyone may call: joining by invitation, link or code, and the clock. */
export function publicRoutes(router: Router, deps: ApiDeps, secret: Uint8Array): void {
  const { catalog } = deps;

  const resolve = async (by: { link?: string; code?: string }): Promise<Invitation> => {
    const found = await catalog.invitations.resolve(by, deps.now());
    if (typeof found === 'string') {
      throw new HttpError(PROBLEM_STATUS[found], found, 'This invitation cannot be used.');
    }
    return found;
  };
  const openTable = async (id: string): Promise<TableRecord> => {
    const table = await catalog.tables.find(id);
    if (!table) throw new HttpError(404, 'unknown_table', 'No such table.');
    if (await catalog.isArchived(table)) {
      throw new HttpError(409, 'event_archived', 'The event is archived: nobody joins any more.');
    }
    return table;
  };
  const summary = async (table: TableRecord) => ({
    tableId: table.id,
    tableTitle: table.title,
    eventTitle: table.eventId ? ((await catalog.events.find(table.eventId))?.title ?? '') : '',
  });
  const joined = (
    res: Parameters<typeof sendJson>[0],
    result: Awaited<ReturnType<typeof catalog.admit>>,
    person: ReturnType<typeof readPerson>,
  ) =>
    sendJson(res, 201, {
      token: result.token,
      participantId: result.claims.participantId,
      role: result.claims.role,
      tableId: result.claims.tableId,
      ...person,
    });

  router
    .on('GET', '/api/time', ({ res }) => sendJson(res, 200, { now: deps.now() }))
    .on('GET', '/api/tables', async ({ res }) => {
      // Only tables anyone may join are listed publicly (the demo); others need an invitation.
      const open = [];
      for (const t of await catalog.tables.list()) {
        if (t.openJoin && !(await catalog.isArchived(t))) open.push(t);
      }
      sendJson(res, 200, { tables: open.map((t) => ({ id: t.id, title: t.title })) });
    })
    .on('GET', '/api/invitations/lookup', async ({ res, url }) => {
      const invitation = await resolve({
        link: url.searchParams.get('invite') ?? undefined,
        code: url.searchParams.get('code') ?? undefined,
      });
      const table = await openTable(invitation.tableId);
      sendJson(res, 200, { ...(await summary(table)), role: invitation.role });
    })
    .on('POST', '/api/invitations/accept', async ({ req, res }) => {
      const r = new BodyReader(await readJson(req));
      const link = r.text('invite', 200, true);
      const code = r.text('code', 20, true);
      if (!link && !code) r.errors.code = 'required';
      r.done();
      const invitation = await resolve({ link: link || undefined, code: code || undefined });
      await openTable(invitation.tableId);
      const person = readPerson(r, invitation.role === 'observer');
      r.done();
      joined(res, await catalog.accept(invitation, person, deps.now()), person);
    })
    .on('POST', '/api/tables/:tableId/join', async ({ req, res, params }) => {
      const table = await openTable(params.tableId!);
      if (!table.openJoin) {
        throw new HttpError(403, 'invitation_required', 'This table is joined by invitation.');
      }
      const r = new BodyReader(await readJson(req));
      const person = readPerson(r, false);
      r.done();
      const result = await catalog.admit(table.id, 'participant', person, null, deps.now());
      deps.log.info('participant_joined', {
        table: table.id,
        participant: result.claims.participantId,
      });
      joined(res, result, person);
    })
    .on('POST', '/api/session/renew', async ({ req, res }) => {
      // A moderator's or observer's short-lived token, renewed while its invitation holds.
      let claims;
      try {
        claims = verifyToken(bearer(req), secret, deps.now());
      } catch (err) {
        if (err instanceof TokenError) throw new HttpError(401, err.code, err.message);
        throw err;
      }
      const renewed = await catalog.renew(claims, deps.now());
      if (renewed === 'token_revoked' || renewed === 'token_expired') {
        throw new HttpError(401, renewed, 'This session can no longer be renewed.');
      }
      sendJson(res, 200, { token: renewed });
    })
    .on('GET', '/api/tables/:tableId/join-info', async ({ req, res, params }) => {
      const table = await openTable(params.tableId!);
      requireTableToken(req, table.id, secret, deps.now());
      const invitation = await catalog.participantInvitation(table.id, deps.now());
      const view = invitationView(deps, req, invitation);
      sendJson(res, 200, { code: view.code, url: view.url, ...(await summary(table)) });
    });
}

/** Throws 401/403 unless the request carries a moderator's, observer's or secretariat's token for the table. */
function requireTableToken(req: IncomingMessage, tableId: string, secret: Uint8Array, now: number) {
  let claims;
  try {
    claims = verifyToken(bearer(req), secret, now);
  } catch (err) {
    if (err instanceof TokenError) throw new HttpError(401, err.code, err.message);
    throw err;
  }
  if (!opensTable(claims, tableId) || claims.role === 'participant') {
    throw new HttpError(
      403,
      'forbidden',
      'Only the table’s moderators, observers and the secretariat may do this.',
    );
  }
}
