import { ROLES, type Role } from './Actor.js';

/** What one reader may know of one person at a table; a field left out is hidden from them. */
export interface DirectoryEntry {
  readonly role?: Role;
  readonly name?: string;
  readonly organisation?: string;
  /** Whether the person agreed to be named in the position paper, for those who may know. */
  readonly consent?: boolean;
}

/**
 * The people of a table as one reader may see them, by pseudonymous participant id. The board
 * document holds ids only; the server cuts a directory for each reader (who they are, the
 * table's anonymity) and readers fill names in from it, so a name never reaches a device that
 * may not show it.
 */
export type Directory = Readonly<Record<string, DirectoryEntry>>;

/** The directory of a reader who may see nobody's name or organisation. */
export const EMPTY_DIRECTORY: Directory = Object.freeze({});

/** Longest name or organisation a directory entry keeps: the catalogue's own bound is lower. */
const MAX_TEXT = 200;

/**
 * A directory from untrusted JSON (a message, the device's storage): keeps only well-formed
 * entries and fields, so a reader never meets a shape it was not built for.
 */
export function parseDirectory(value: unknown): Directory {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return EMPTY_DIRECTORY;
  const out: Record<string, DirectoryEntry> = {};
  for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue;
    const entry = raw as Record<string, unknown>;
    const text = (field: unknown) =>
      typeof field === 'string' && field.length <= MAX_TEXT ? field : undefined;
    const name = text(entry.name);
    const organisation = text(entry.organisation);
    out[id] = {
      ...(ROLES.includes(entry.role as Role) ? { role: entry.role as Role } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(organisation !== undefined ? { organisation } : {}),
      ...(typeof entry.consent === 'boolean' ? { consent: entry.consent } : {}),
    };
  }
  return out;
}
