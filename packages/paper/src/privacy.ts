import type { BoardSnapshot, Directory, DirectoryEntry } from '@tavolo/board';
import type { Attribution, PaperPerson } from './Paper.js';

/** How one table's contributions may be credited in the paper. */
export interface PrivacyRules {
  /** Whether organisations may appear at all. */
  readonly organisationsShown: boolean;
  /** The credit a contribution written by `authorId` may carry. */
  attribute(authorId: string): Attribution;
  /** People who agreed to be named, in the directory's order (the order they joined). */
  readonly named: readonly PaperPerson[];
  /** The people who took part (not the moderators nor observers), each as the paper may show. */
  readonly takingPart: readonly Attribution[];
}

/**
 * The privacy rules of a table, over the people the server's catalogue records at it (the
 * export's cut of the directory: see apps/server/src/privacy/visibility.ts). A name appears
 * only for a person who consented, and never at an anonymous table (there others never saw who
 * wrote what, so the paper must not tell them either). Organisations appear unless the table
 * is anonymous and the moderator chose not to show them. Everything the paper model holds has
 * passed through here, so no renderer can leak what the rules withhold, whatever directory the
 * caller handed in.
 */
export function privacyRules(board: BoardSnapshot, people: Directory): PrivacyRules {
  const organisationsShown = !board.anonymous || board.showOrganisations;
  const org = (organisation: string | undefined) => {
    const clean = organisation?.trim() ?? '';
    return organisationsShown && clean !== '' ? clean : null;
  };
  const entries = Object.entries(people);
  const consenting = new Map(
    board.anonymous
      ? []
      : entries.filter(([, p]) => p.consent === true && (p.name?.trim() ?? '') !== ''),
  );
  const entryOf = (id: string): DirectoryEntry | undefined =>
    Object.prototype.hasOwnProperty.call(people, id) ? people[id] : undefined;
  const attribute = (id: string): Attribution => ({
    name: consenting.get(id)?.name?.trim() ?? null,
    organisation: org(entryOf(id)?.organisation),
  });
  return {
    organisationsShown,
    attribute,
    named: [...consenting.keys()].map((id) => ({
      name: consenting.get(id)!.name!.trim(),
      organisation: attribute(id).organisation,
    })),
    takingPart: entries
      .filter(([, p]) => (p.role ?? 'participant') === 'participant')
      .map(([id]) => attribute(id)),
  };
}

/** Distinct, non-empty names, sorted the way an Italian reader expects. */
export function sortedDistinct(names: Iterable<string | null>): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const clean = name?.trim();
    if (clean && !byKey.has(clean.toLocaleLowerCase('it'))) {
      byKey.set(clean.toLocaleLowerCase('it'), clean);
    }
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'it'));
}
