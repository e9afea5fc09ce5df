import { object, oneOf } from './fields.js';

/** Formats a paper is exported in. */
export const PAPER_FORMATS = ['docx', 'md', 'csv', 'xlsx'] as const;

/** GET /api/tables/:tableId/paper and /api/events/:eventId/paper: `?format=…&lang=…`. */
export const paperQuery = object({
  format: oneOf(PAPER_FORMATS, 'docx'),
  lang: oneOf(['it', 'en']).optional(),
});
