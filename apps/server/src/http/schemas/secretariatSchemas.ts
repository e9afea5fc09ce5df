import { TEMPLATE_IDS, TIMEBOXED_PHASES } from '@tavolo/board';
import { z } from 'zod';
import { int, list, matching, NOT_AN_OBJECT, object, oneOf, optionalText, text } from './fields.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Most tables an event may have. */
export const MAX_TABLES = 40;
/** Most moderators a table may have. */
export const MAX_MODERATORS = 6;
/** Languages of an event's paper (the catalogue's EventLanguage; the routes check they agree). */
const EVENT_LANGUAGES = ['it', 'en'] as const;
/** Roles an invitation may grant (the secretariat's is never handed out). */
export const INVITATION_ROLES = ['participant', 'moderator', 'observer'] as const;

/** A table as POST /api/events/:eventId/tables (and each of an event's `tables`) takes it. */
export const tableBody = object({
  title: text(160),
  templateId: oneOf(TEMPLATE_IDS, 'skillNeeds'),
  cluster: optionalText(120),
  area: optionalText(160),
  moderators: list(object({ name: text(80), organisation: optionalText(120) }), MAX_MODERATORS),
});

/** PATCH /api/tables/:tableId: any table field; only those present are read. */
export const tablePatch = tableBody.partial();

const eventFields = {
  title: text(160),
  date: matching(DATE, 'YYYY-MM-DD'),
  startTime: matching(TIME, 'HH:MM', '09:30'),
  place: optionalText(160),
  organiser: optionalText(160),
  language: oneOf(EVENT_LANGUAGES, 'it'),
};

/** POST /api/events: an event with its tables, created whole or not at all. */
export const eventBody = object({ ...eventFields, tables: list(tableBody, MAX_TABLES) });

/** PATCH /api/events/:eventId: any event field; only those present are read. */
export const eventPatch = object(eventFields).partial();

/** POST /api/tables/:tableId/invitations. */
export const invitationBody = object({
  role: oneOf(INVITATION_ROLES),
  label: optionalText(120),
  expiresInHours: int(1, 24 * 90, 24 * 14),
});

/** Longest timebox of a phase: a day, in milliseconds (the board's own bound). */
export const MAX_TIMEBOX_MS = 24 * 60 * 60 * 1000;
const timebox = z
  .number({ error: `range:0..${MAX_TIMEBOX_MS}` })
  .int(`range:0..${MAX_TIMEBOX_MS}`)
  .min(0, `range:0..${MAX_TIMEBOX_MS}`)
  .max(MAX_TIMEBOX_MS, `range:0..${MAX_TIMEBOX_MS}`)
  .optional();

/**
 * PUT /api/tables/:tableId/agenda: the planned milliseconds of each phase, replacing the whole
 * agenda (a phase left out or at 0 has no timebox). A phase the board does not time is refused.
 */
export const agendaBody = object({
  durationsMs: z.strictObject(
    Object.fromEntries(TIMEBOXED_PHASES.map((phase) => [phase, timebox])),
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `one_of:${TIMEBOXED_PHASES.join('|')}`
          : issue.input === undefined
            ? 'required'
            : NOT_AN_OBJECT,
    },
  ),
});

/** A table as the secretariat gives it. */
export type TableInput = z.output<typeof tableBody>;
