/** One person at the table, as their device announces it. */
export interface Presence {
  readonly clientId: number;
  readonly id: string;
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

/** Reads awareness states into a sorted list: oneself first, then by name. */
export function readPresence(
  states: ReadonlyMap<number, Record<string, unknown>>,
  self: number,
): Presence[] {
  const people: Presence[] = [];
  states.forEach((state, clientId) => {
    const user = state.user as Record<string, unknown> | undefined;
    if (!user || typeof user.name !== 'string') return;
    const id = String(user.id ?? '');
    people.push({
      clientId,
      id,
      name: user.name,
      organisation: String(user.organisation ?? ''),
      role: String(user.role ?? 'participant'),
      colour: typeof user.colour === 'string' ? user.colour : colourOf(id),
      editing: typeof state.editing === 'string' ? state.editing : null,
      section: typeof state.section === 'string' ? state.section : null,
      isSelf: clientId === self,
    });
  });
  return people.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}
