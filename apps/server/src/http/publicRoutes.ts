import type { FastifyInstance } from 'fastify';
import { opensTable, TokenError, verifyToken } from '../auth/tokens.js';
import type { Invitation } from '../catalog/Invitations.js';
import type { TableRecord } from '../tables/TableRegistry.js';
import { bearer, invitationView, type ApiDeps, type WithHeaders } from './apiDeps.js';
import type { JoinLimits } from './joinLimits.js';
import { HttpError, jsonBody, readBody, readQuery } from './json.js';
import {
  acceptCredentialsBody,
  lookupQuery,
  personBody,
  type Person,
} from './schemas/publicSchemas.js';

const PROBLEM_STATUS = {
  invitation_unknown: 404,
  invitation_expired: 410,
  invitation_revoked: 410,
};

type TableParams = { Params: { tableId: string } };

/** Routes anyone may call: joining by invitation, link or code, and the clock. */
export function publicRoutes(
  app: FastifyInstance,
  deps: ApiDeps,
  secret: Uint8Array,
  limits: JoinLimits,
): void {
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
  const joined = (result: Awaited<ReturnType<typeof catalog.admit>>, person: Person) => ({
    token: result.token,
    participantId: result.claims.participantId,
    role: result.claims.role,
    tableId: result.claims.tableId,
    ...person,
  });

  app.get('/api/time', async () => ({ now: deps.now() }));

  app.get('/api/tables', async () => {
    // Only tables anyone may join are listed publicly (the demo); others need an invitation.
    const open = [];
    for (const t of await catalog.tables.list()) {
      if (t.openJoin && !(await catalog.isArchived(t))) open.push(t);
    }
    return { tables: open.map((t) => ({ id: t.id, title: t.title })) };
  });

  app.get('/api/invitations/lookup', { onRequest: limits.invitations }, async (request) => {
    const query = readQuery(lookupQuery, request.query);
    const invitation = await resolve({ link: query.invite, code: query.code });
    const table = await openTable(invitation.tableId);
    return { ...(await summary(table)), role: invitation.role };
  });

  app.post('/api/invitations/accept', { onRequest: limits.invitations }, async (request, reply) => {
    const body = jsonBody(request);
    const by = readBody(acceptCredentialsBody, body);
    const invitation = await resolve({ link: by.invite || undefined, code: by.code || undefined });
    await openTable(invitation.tableId);
    const person = readBody(personBody(invitation.role === 'observer'), body);
    const result = await catalog.accept(invitation, person, deps.now());
    return reply.code(201).send(joined(result, person));
  });

  app.post<TableParams>(
    '/api/tables/:tableId/join',
    { onRequest: limits.openJoins },
    async (request, reply) => {
      const table = await openTable(request.params.tableId);
      if (!table.openJoin) {
        throw new HttpError(403, 'invitation_required', 'This table is joined by invitation.');
      }
      const person = readBody(personBody(false), jsonBody(request));
      const result = await catalog.admit(table.id, 'participant', person, null, deps.now());
      deps.log.info('participant_joined', {
        table: table.id,
        participant: result.claims.participantId,
      });
      return reply.code(201).send(joined(result, person));
    },
  );

  app.get<TableParams>('/api/tables/:tableId/join-info', async (request) => {
    const table = await openTable(request.params.tableId);
    requireTableToken(request, table.id, secret, deps.now());
    const invitation = await catalog.participantInvitation(table.id, deps.now());
    const view = invitationView(deps, request, invitation);
    // The wall shows the board in its event's language until someone switches it.
    const event = table.eventId ? await catalog.events.find(table.eventId) : null;
    return {
      code: view.code,
      url: view.url,
      language: event?.language ?? null,
      ...(await summary(table)),
    };
  });
}

/** Throws 401/403 unless the request carries a moderator's, observer's or secretariat's token for the table. */
function requireTableToken(req: WithHeaders, tableId: string, secret: Uint8Array, now: number) {
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
