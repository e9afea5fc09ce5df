import { readLegacyIdentities, readSchemaVersion, SCHEMA_VERSION, snapshot } from '@tavolo/board';
import type { Paper, PaperEvent, PaperLanguage } from '@tavolo/paper';
import type { FastifyInstance, FastifyReply } from 'fastify';
import * as Y from 'yjs';
import { isAdminKey } from '../auth/adminKey.js';
import { opensTable, TokenError, verifyToken } from '../auth/tokens.js';
import type { EventRecord } from '../catalog/EventRegistry.js';
import { directoryFor, settingsOf } from '../privacy/visibility.js';
import type { TableRecord } from '../tables/TableRegistry.js';
import type { Rooms } from '../sync/Rooms.js';
import type { DocStore } from '../store/DocStore.js';
import { applyStored } from '../store/storedDoc.js';
import { bearer, type ApiDeps, type WithHeaders } from './apiDeps.js';
import { HttpError, readQuery } from './json.js';
import { contentDisposition, paperFileName } from './paperFileName.js';
import { PAPER_FORMATS, paperQuery } from './schemas/paperSchemas.js';

/** A format a paper is exported in. */
export type PaperFormat = (typeof PAPER_FORMATS)[number];

type TableParams = { Params: { tableId: string } };
type EventParams = { Params: { eventId: string } };

const CONTENT_TYPES: Record<PaperFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The paper package, loaded on the first export: its DOCX and XLSX libraries take about 10 MiB
 * of heap that a server which never exports should not carry (docs/benchmarks.md, W4).
 */
const paperLibrary = () => import('@tavolo/paper');

/** Renders a paper in a format. */
export async function renderPaper(paper: Paper, format: PaperFormat, language: PaperLanguage) {
  const { toCsv, toDocx, toMarkdown, toXlsx } = await paperLibrary();
  switch (format) {
    case 'docx':
      return toDocx(paper, language);
    case 'xlsx':
      return toXlsx(paper, language);
    case 'md':
      return Buffer.from(toMarkdown(paper, language), 'utf8');
    case 'csv':
      return Buffer.from(toCsv(paper, language), 'utf8');
  }
}

/**
 * A table's board as it is now (the live room's document, or the stored one) with its people as
 * an export may see them (privacy/visibility.ts): the board names authors by id only.
 */
async function boardAndPeople(deps: ApiDeps, rooms: Rooms, store: DocStore, tableId: string) {
  const { people } = deps.catalog;
  const recorded = await people.list(tableId);
  const live = rooms.get(tableId);
  if (live?.isReady) {
    const cut = directoryFor('export', settingsOf(live.doc), recorded);
    return { board: snapshot(live.doc, cut), people: cut };
  }
  const doc = applyStored(new Y.Doc(), await store.load(tableId));
  try {
    let all = recorded;
    // A board no room opened since schema 3 may still name people the catalogue lacks (old
    // demo data): they are recorded first, and erased from the board when a room next opens it.
    if (readSchemaVersion(doc) < SCHEMA_VERSION) {
      const added = await people.adoptLegacy(tableId, readLegacyIdentities(doc), deps.now());
      if (added > 0) all = await people.list(tableId);
    }
    const cut = directoryFor('export', settingsOf(doc), all);
    return { board: snapshot(doc, cut), people: cut };
  } finally {
    doc.destroy();
  }
}

function paperEvent(event: EventRecord | undefined): PaperEvent {
  return {
    title: event?.title ?? '',
    date: event?.date ?? new Date().toISOString().slice(0, 10),
    place: event?.place ?? '',
    organiser: event?.organiser ?? '',
    // The catalogue records the organiser only. Listing it as the promoter too printed it twice;
    // the paper shows promoters when some are recorded besides the organiser.
    promoters: [],
  };
}

/** Builds the paper of one table or of a whole event. */
export async function buildPaper(
  deps: ApiDeps,
  rooms: Rooms,
  store: DocStore,
  target: { table: TableRecord } | { event: EventRecord },
): Promise<Paper> {
  const { catalog } = deps;
  const { eventPaper, tablePaper } = await paperLibrary();
  const input = async (table: TableRecord) => ({
    title: table.title,
    cluster: table.cluster,
    area: table.area,
    ...(await boardAndPeople(deps, rooms, store, table.id)),
  });
  if ('table' in target) {
    const event = target.table.eventId
      ? await catalog.events.find(target.table.eventId)
      : undefined;
    return tablePaper({ event: paperEvent(event), table: await input(target.table) });
  }
  const tables = await catalog.tables.listByEvent(target.event.id);
  return eventPaper({
    event: paperEvent(target.event),
    tables: await Promise.all(tables.map(input)),
  });
}

/** Exports: the secretariat (key or token) and the table's moderators; nobody else. */
export function paperRoutes(
  app: FastifyInstance,
  deps: ApiDeps,
  rooms: Rooms,
  store: DocStore,
  secret: Uint8Array,
) {
  const { catalog } = deps;
  const send = async (
    reply: FastifyReply,
    paper: Paper,
    options: { format: PaperFormat; language: PaperLanguage },
  ) => {
    const { format, language } = options;
    const body = await renderPaper(paper, format, language);
    // Named after what the paper is about, not the id: ids are cut at 48 characters mid-word.
    const name = paperFileName(paper.title, paper.event.date, format);
    return reply
      .headers({
        'content-type': CONTENT_TYPES[format],
        'content-disposition': contentDisposition(name),
        'cache-control': 'no-store',
      })
      .send(body);
  };

  app.get<TableParams>('/api/tables/:tableId/paper', async (request, reply) => {
    const table = await catalog.tables.find(request.params.tableId);
    if (!table) throw new HttpError(404, 'unknown_table', 'No such table.');
    requireExporter(request, deps, secret, table.id);
    const query = readQuery(paperQuery, request.query);
    const event = table.eventId ? await catalog.events.find(table.eventId) : undefined;
    const paper = await buildPaper(deps, rooms, store, { table });
    return send(reply, paper, {
      format: query.format,
      language: query.lang ?? event?.language ?? 'it',
    });
  });

  app.get<EventParams>('/api/events/:eventId/paper', async (request, reply) => {
    const event = await catalog.events.find(request.params.eventId);
    if (!event) throw new HttpError(404, 'unknown_event', 'No such event.');
    requireExporter(request, deps, secret, null);
    const query = readQuery(paperQuery, request.query);
    // An event paper is made of its tables' chapters: with none there is nothing to write.
    if ((await catalog.tables.listByEvent(event.id)).length === 0) {
      throw new HttpError(409, 'no_tables', 'The event has no tables yet: add one first.');
    }
    const paper = await buildPaper(deps, rooms, store, { event });
    return send(reply, paper, {
      format: query.format,
      language: query.lang ?? event.language,
    });
  });
}

/**
 * Lets through the secretariat's key or token, and a moderator's token for `tableId`; a
 * participant's or observer's request is refused with 403.
 */
function requireExporter(
  req: WithHeaders,
  deps: ApiDeps,
  secret: Uint8Array,
  tableId: string | null,
) {
  const presented = bearer(req);
  if (isAdminKey(presented, deps.adminKey)) return;
  let claims;
  try {
    claims = verifyToken(presented, secret, deps.now());
  } catch (err) {
    if (err instanceof TokenError) throw new HttpError(401, err.code, err.message);
    throw err;
  }
  const allowed =
    claims.role === 'secretariat' && claims.tableId === '*'
      ? true
      : tableId !== null && claims.role === 'moderator' && opensTable(claims, tableId);
  if (!allowed) {
    throw new HttpError(
      403,
      'export_forbidden',
      'Only the secretariat and the table’s moderators may export.',
    );
  }
}
