import type { BoardSnapshot } from '@tavolo/board';
import type { Attribution, PaperPerson } from './Paper.js';

/** How one table's contributions may be credited in the paper. */
export interface PrivacyRules {
  /** Whether organisations may appear at all. */
  readonly organisationsShown: boolean;
  /** The credit a contribution written by `authorId` for `organisation` may carry. */
  attribute(authorId: string, organisation: string): Attribution;
  /** People who agreed to be named, in order of joining. */
  readonly named: readonly PaperPerson[];
}

/**
 * The privacy rules of a table. A name appears only for a registered participant who
 * consented, and never at an anonymous table (there others never saw who wrote what, so the
 * paper must not tell them either). Organisations appear unless the table is anonymous and the
 * moderator chose not to show them. Everything the paper model holds has passed through here,
 * so no renderer can leak what the rules withhold.
 */
export function privacyRules(board: BoardSnapshot): PrivacyRules {
  const organisationsShown = !board.anonymous || board.showOrganisations;
  const org = (organisation: string) => {
    const clean = organisation.trim();
    return organisationsShown && clean !== '' ? clean : null;
  };
  const consenting = new Map(
    board.anonymous
      ? []
      : board.participants.filter((p) => p.consent && p.name.trim() !== '').map((p) => [p.id, p]),
  );
  return {
    organisationsShown,
    attribute(authorId, organisation) {
      return {
        name: consenting.get(authorId)?.name.trim() ?? null,
        organisation: org(organisation),
      };
    },
    named: [...consenting.values()].map((p) => ({
      name: p.name.trim(),
      organisation: org(p.organisation),
    })),
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
