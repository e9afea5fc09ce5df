import type { Directory } from '@tavolo/board';

/** One person at the table, as their device announces it and this device's directory names it. */
export interface Presence {
  readonly clientId: number;
  readonly id: string;
  /** '' when this device may not know it (an anonymous table). */
  readonly name: string;
  readonly organisation: string;
  readonly role: string;
  readonly colour: string;
  /** The card they are editing, if any. */
  readonly editing: string | null;
  /** The section they are looking at or writing in. */
  readonly section: string | null;
  readonly isSelf: boolean;
}

/** Colours for avatars, dark enough for white initials (WCAG AA). */
const COLOURS = ['#1f4e5f', '#7a3e9d', '#0b6e4f', '#a23b2a', '#2d5aa0', '#8a5300', '#6b4f2a'];

/** A stable colour for a participant id. */
export function colourOf(id: string): string {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}

/**
 * Reads awareness states into a sorted list: oneself first, then by name. Presence carries ids
 * (the server stamps `{ id, role }`); names come from the directory, and only where it has one.
 */
export function readPresence(
  states: ReadonlyMap<number, Record<string, unknown>>,
  self: number,
  directory: Directory,
): Presence[] {
  const people: Presence[] = [];
  states.forEach((state, clientId) => {
    const user = state.user as Record<string, unknown> | undefined;
    if (!user || typeof user.id !== 'string') return;
    const id = user.id;
    const entry = Object.prototype.hasOwnProperty.call(directory, id) ? directory[id] : undefined;
    people.push({
      clientId,
      id,
      name: entry?.name ?? '',
      organisation: entry?.organisation ?? '',
      role: String(user.role ?? 'participant'),
      colour: typeof user.colour === 'string' ? user.colour : colourOf(id),
      editing: typeof state.editing === 'string' ? state.editing : null,
      section: typeof state.section === 'string' ? state.section : null,
      isSelf: clientId === self,
    });
  });
  return people.sort(
    (a, b) =>
      Number(b.isSelf) - Number(a.isSelf) ||
      // The unnamed after the named, in a stable order.
      Number(a.name === '') - Number(b.name === '') ||
      a.name.localeCompare(b.name) ||
      a.clientId - b.clientId,
  );
}
