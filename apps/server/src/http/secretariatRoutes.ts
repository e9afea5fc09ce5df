import type { FastifyInstance } from 'fastify';
import type { EventRecord } from '../catalog/EventRegistry.js';
import { directoryFor, type TableSettings, type Viewer } from '../privacy/visibility.js';
import type { TableRecord } from '../tables/TableRegistry.js';
import { invitationView, requireSecretariat, type ApiDeps, type WithHeaders } from './apiDeps.js';
import { HttpError, jsonBody, readBody } from './json.js';
import { present } from './schemas/fieldErrors.js';
import {
  agendaBody,
  eventBody,
  eventPatch,
  invitationBody,
  tableBody,
  tablePatch,
} from './schemas/secretariatSchemas.js';

type EventParams = { Params: { eventId: string } };

const SECRETARIAT: Viewer = { role: 'secretariat', participantId: 'secretariat' };
/** The strictest settings: what the secretariat sees of people does not depend on them. */
const HIDING_ALL: TableSettings = { anonymous: true, showOrganisations: false };
type TableParams = { Params: { tableId: string } };
type InvitationParams = { Params: { invitationId: string } };

/** The secretariat's REST API: events, tables, invitations (Authorization: Bearer <key>). */
export function secretariatRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const { catalog } = deps;
  const findEvent = async (id: string): Promise<EventRecord> => {
    const event = await catalog.events.find(id);
    if (!event) throw new HttpError(404, 'unknown_event', 'No such event.');
    return event;
  };
  const writableEvent = async (id: string) => {
    const event = await findEvent(id);
    if (event.archivedAt !== null) {
      throw new HttpError(409, 'event_archived', 'The event is archived and read-only.');
    }
    return event;
  };
  const findTable = async (id: string): Promise<TableRecord> => {
    const table = await catalog.tables.find(id);
    if (!table) throw new HttpError(404, 'unknown_table', 'No such table.');
    return table;
  };
  const tableView = async (req: WithHeaders, table: TableRecord) => {
    const people = await catalog.people.list(table.id);
    return {
      ...table,
      invitations: (await catalog.invitations.list(table.id)).map((i) =>
        invitationView(deps, req, i),
      ),
      // Participants only: the moderators and observers are not the table's participants.
      participants: people.filter((p) => p.role === 'participant').length,
      // The secretariat runs every table: it sees everyone, whatever the table's settings.
      people: directoryFor(SECRETARIAT, HIDING_ALL, people),
    };
  };
  const eventView = async (req: WithHeaders, event: EventRecord) => ({
    ...event,
    tables: await Promise.all(
      (await catalog.tables.listByEvent(event.id)).map((t) => tableView(req, t)),
    ),
  });
  const writableTable = async (id: string) => {
    const table = await findTable(id);
    if (await catalog.isArchived(table)) {
      throw new HttpError(409, 'event_archived', 'The event is archived and read-only.');
    }
    return table;
  };

  // Every route here needs the key: checked before anything else is read.
  const secretariat = {
    onRequest: async (request: WithHeaders) => requireSecretariat(deps, request),
  };

  app.post('/api/session', secretariat, async () => ({
    token: catalog.secretariatToken(deps.now()),
  }));

  app.get('/api/events', secretariat, async () => {
    const events = await catalog.events.list();
    return {
      events: await Promise.all(
        events.map(async (e) => ({
          ...e,
          tables: (await catalog.tables.listByEvent(e.id)).length,
        })),
      ),
    };
  });

  app.post('/api/events', secretariat, async (request, reply) => {
    const { tables, ...event } = readBody(eventBody, jsonBody(request));
    const { event: created } = await catalog.createEvent(event, deps.now(), tables);
    deps.log.info('event_created', { event: created.id, tables: tables.length });
    return reply.code(201).send(await eventView(request, created));
  });

  app.get<EventParams>('/api/events/:eventId', secretariat, async (request) =>
    eventView(request, await findEvent(request.params.eventId)),
  );

  app.patch<EventParams>('/api/events/:eventId', secretariat, async (request) => {
    const { eventId } = request.params;
    await writableEvent(eventId);
    const body = jsonBody(request);
    const patch = present(body, readBody(eventPatch, body));
    const updated = (await catalog.events.patch(eventId, patch))!;
    return eventView(request, updated);
  });

  app.post<EventParams>('/api/events/:eventId/archive', secretariat, async (request) => {
    const { eventId } = request.params;
    await writableEvent(eventId);
    const archived = await catalog.archiveEvent(eventId, deps.now());
    deps.log.info('event_archived', { event: eventId });
    return eventView(request, archived!);
  });

  app.delete<EventParams>('/api/events/:eventId', secretariat, async (request, reply) => {
    const { eventId } = request.params;
    await findEvent(eventId);
    await catalog.deleteEvent(eventId, deps.now());
    deps.log.info('event_deleted', { event: eventId });
    return reply.code(204).send();
  });

  app.post<EventParams>('/api/events/:eventId/tables', secretariat, async (request, reply) => {
    const { eventId } = request.params;
    await writableEvent(eventId);
    const table = readBody(tableBody, jsonBody(request));
    const created = await catalog.createTable(eventId, table, deps.now());
    return reply.code(201).send(await tableView(request, created));
  });

  app.patch<TableParams>('/api/tables/:tableId', secretariat, async (request) => {
    const table = await writableTable(request.params.tableId);
    const body = jsonBody(request);
    // A table's template is chosen once, when its board is made.
    const { templateId: _ignored, ...patch } = present(body, readBody(tablePatch, body));
    const updated = (await catalog.tables.patch(table.id, patch))!;
    // A moderator named now gets an invitation of their own, like those named at creation.
    if (patch.moderators) await catalog.inviteModerators(updated, deps.now());
    return tableView(request, updated);
  });

  app.put<TableParams>('/api/tables/:tableId/agenda', secretariat, async (request) => {
    const table = await writableTable(request.params.tableId);
    const { durationsMs } = readBody(agendaBody, jsonBody(request));
    const agenda = Object.fromEntries(
      Object.entries(durationsMs).filter(([, ms]) => ms !== undefined),
    ) as Record<string, number>;
    return { agenda: await deps.catalog.setAgenda(table.id, agenda) };
  });

  app.post<TableParams>('/api/tables/:tableId/invitations', secretariat, async (request, reply) => {
    const table = await writableTable(request.params.tableId);
    const { role, label, expiresInHours } = readBody(invitationBody, jsonBody(request));
    const now = deps.now();
    const invitation = await catalog.invitations.create({
      tableId: table.id,
      role,
      label,
      expiresAt: now + expiresInHours * 3600_000,
      now,
    });
    return reply.code(201).send(invitationView(deps, request, invitation));
  });

  app.delete<InvitationParams>(
    '/api/invitations/:invitationId',
    secretariat,
    async (request, reply) => {
      const { invitationId } = request.params;
      if (!(await catalog.invitations.find(invitationId))) {
        throw new HttpError(404, 'unknown_invitation', 'No such invitation.');
      }
      // Revoking also closes the invitation's open sockets and refuses its tokens.
      await catalog.revokeInvitation(invitationId, deps.now());
      return reply.code(204).send();
    },
  );
}
