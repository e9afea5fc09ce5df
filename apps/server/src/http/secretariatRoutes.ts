import { TEMPLATE_IDS } from '@tavolo/board';
import type { IncomingMessage } from 'node:http';
import { ROLES } from '../auth/tokens.js';
import { EVENT_LANGUAGES, type EventRecord } from '../catalog/EventRegistry.js';
import type { TableRecord } from '../tables/TableRegistry.js';
import { invitationView, requireSecretariat, type ApiDeps } from './apiDeps.js';
import { HttpError, readJson, sendJson } from './json.js';
import type { Router } from './router.js';
import { BodyReader } from './validate.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_TABLES = 40;
const MAX_MODERATORS = 6;

function readEvent(body: unknown, partial: boolean) {
  const r = new BodyReader(body, partial);
  const event = {
    title: r.text('title', 160),
    date: r.matching('date', DATE, 'YYYY-MM-DD'),
    startTime: r.matching('startTime', TIME, 'HH:MM', '09:30'),
    place: r.text('place', 160, true),
    organiser: r.text('organiser', 160, true),
    language: r.oneOf('language', EVENT_LANGUAGES, 'it'),
  };
  return { r, event };
}

function readTable(r: BodyReader) {
  return {
    title: r.text('title', 160),
    templateId: r.oneOf('templateId', TEMPLATE_IDS, 'skillNeeds'),
    cluster: r.text('cluster', 120, true),
    area: r.text('area', 160, true),
    moderators: r.list('moderators', MAX_MODERATORS, (m) => ({
      name: m.text('name', 80),
      organisation: m.text('organisation', 120, true),
    })),
  };
}

/** Picks only the fields a PATCH body carries. */
function present<T extends object>(r: BodyReader, values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => r.has(key))) as Partial<T>;
}

/** The secretariat's REST API: events, tables, invitations (Authorization: Bearer <key>). */
export function secretariatRoutes(router: Router, deps: ApiDeps): void {
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
  const tableView = async (req: IncomingMessage, table: TableRecord) => ({
    ...table,
    invitations: (await catalog.invitations.list(table.id)).map((i) =>
      invitationView(deps, req, i),
    ),
    participants: (await catalog.participants.list(table.id)).length,
  });
  const eventView = async (req: IncomingMessage, event: EventRecord) => ({
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

  router
    .on('POST', '/api/session', ({ req, res }) => {
      requireSecretariat(deps, req);
      sendJson(res, 200, { token: catalog.secretariatToken(deps.now()) });
    })
    .on('GET', '/api/events', async ({ req, res }) => {
      requireSecretariat(deps, req);
      const events = await catalog.events.list();
      sendJson(res, 200, {
        events: await Promise.all(
          events.map(async (e) => ({
            ...e,
            tables: (await catalog.tables.listByEvent(e.id)).length,
          })),
        ),
      });
    })
    .on('POST', '/api/events', async ({ req, res }) => {
      requireSecretariat(deps, req);
      const body = await readJson(req);
      const { r, event } = readEvent(body, false);
      const tables = r.list('tables', MAX_TABLES, readTable);
      r.done();
      const { event: created } = await catalog.createEvent(event, deps.now(), tables);
      deps.log.info('event_created', { event: created.id, tables: tables.length });
      sendJson(res, 201, await eventView(req, created));
    })
    .on('GET', '/api/events/:eventId', async ({ req, res, params }) => {
      requireSecretariat(deps, req);
      sendJson(res, 200, await eventView(req, await findEvent(params.eventId!)));
    })
    .on('PATCH', '/api/events/:eventId', async ({ req, res, params }) => {
      requireSecretariat(deps, req);
      await writableEvent(params.eventId!);
      const { r, event } = readEvent(await readJson(req), true);
      r.done();
      const updated = (await catalog.events.patch(params.eventId!, present(r, event)))!;
      sendJson(res, 200, await eventView(req, updated));
    })
    .on('POST', '/api/events/:eventId/archive', async ({ req, res, params }) => {
      requireSecretariat(deps, req);
      await writableEvent(params.eventId!);
      const archived = await catalog.archiveEvent(params.eventId!, deps.now());
      deps.log.info('event_archived', { event: params.eventId });
      sendJson(res, 200, await eventView(req, archived!));
    })
    .on('DELETE', '/api/events/:eventId', async ({ req, res, params }) => {
      requireSecretariat(deps, req);
      await findEvent(params.eventId!);
      await catalog.deleteEvent(params.eventId!, deps.now());
      deps.log.info('event_deleted', { event: params.eventId });
      res.writeHead(204).end();
    })
    .on('POST', '/api/events/:eventId/tables', async ({ req, res, params }) => {
      requireSecretariat(deps, req);
      await writableEvent(params.eventId!);
      const r = new BodyReader(await readJson(req));
      const table = readTable(r);
      r.done();
      const created = await catalog.createTable(params.eventId!, table, deps.now());
      sendJson(res, 201, await tableView(req, created));
    })
    .on('PATCH', '/api/tables/:tableId', async ({ req, res, params }) => {
      requireSecretariat(deps, req);
      const table = await writableTable(params.tableId!);
      const r = new BodyReader(await readJson(req), true);
      const values = readTable(r);
      r.done();
      const { templateId: _ignored, ...patch } = present(r, values);
      sendJson(res, 200, await tableView(req, (await catalog.tables.patch(table.id, patch))!));
    })
    .on('POST', '/api/tables/:tableId/invitations', async ({ req, res, params }) => {
      requireSecretariat(deps, req);
      const table = await writableTable(params.tableId!);
      const r = new BodyReader(await readJson(req));
      const role = r.oneOf(
        'role',
        ROLES.filter((x) => x !== 'secretariat'),
      );
      const label = r.text('label', 120, true);
      const hours = r.int('expiresInHours', 1, 24 * 90, 24 * 14);
      r.done();
      const now = deps.now();
      const invitation = await catalog.invitations.create({
        tableId: table.id,
        role,
        label,
        expiresAt: now + hours * 3600_000,
        now,
      });
      sendJson(res, 201, invitationView(deps, req, invitation));
    })
    .on('DELETE', '/api/invitations/:invitationId', async ({ req, res, params }) => {
      requireSecretariat(deps, req);
      if (!(await catalog.invitations.find(params.invitationId!))) {
        throw new HttpError(404, 'unknown_invitation', 'No such invitation.');
      }
      await catalog.revokeInvitation(params.invitationId!, deps.now());
      res.writeHead(204).end();
    });
}
