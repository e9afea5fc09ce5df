import type { Card, CardKind, Group, Horizon, Section } from '@tavolo/board';

/** What the search and filter bar narrows the board to. */
export interface BoardFilters {
  readonly query: string;
  readonly section: string | null;
  readonly kind: CardKind | null;
  readonly organisation: string | null;
  readonly horizon: Horizon | null;
  readonly sort: 'created' | 'votes';
}

export const NO_FILTERS: BoardFilters = Object.freeze({
  query: '',
  section: null,
  kind: null,
  organisation: null,
  horizon: null,
  sort: 'created',
});

/** True when any filter narrows the board (sorting does not). */
export function filtersActive(filters: BoardFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.section !== null ||
    filters.kind !== null ||
    filters.organisation !== null ||
    filters.horizon !== null
  );
}

/** A section as one person sees it now. */
export interface VisibleSection {
  readonly groups: readonly { readonly group: Group; readonly cards: readonly Card[] }[];
  readonly cards: readonly Card[];
  /** Others' cards hidden by silent writing. */
  readonly hidden: number;
  /** Cards left out by the filters. */
  readonly filteredOut: number;
}

export interface VisibilityRules {
  /** Silent writing: only the viewer's own cards are shown. */
  readonly hideOthers: boolean;
  readonly viewerId: string;
  /** Sort by votes (only once totals may be shown). */
  readonly byVotes: boolean;
  /** Others' cards the server withholds from this device (silent writing): counted as hidden. */
  readonly withheld?: number;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** True when a card passes the filters (the section filter is applied per section). */
export function cardMatches(card: Card, filters: BoardFilters): boolean {
  if (filters.kind !== null && card.kind !== filters.kind) return false;
  if (filters.organisation !== null && card.organisation !== filters.organisation) return false;
  if (filters.horizon !== null && card.horizon !== filters.horizon) return false;
  const query = normalise(filters.query.trim());
  if (query === '') return true;
  const haystack = [card.text, card.evidence, card.source, card.unit, ...card.skills]
    .concat(card.merged.map((m) => m.text))
    .join(' ');
  return normalise(haystack).includes(query);
}

/** The groups and ungrouped cards of a section that a person sees, in display order. */
export function filterSection(
  section: Section,
  filters: BoardFilters,
  rules: VisibilityRules,
): VisibleSection {
  const own = rules.hideOthers
    ? section.cards.filter((card) => card.authorId === rules.viewerId)
    : section.cards;
  const hidden = section.cards.length - own.length + (rules.withheld ?? 0);
  if (filters.section !== null && filters.section !== section.id) {
    return { groups: [], cards: [], hidden, filteredOut: own.length };
  }
  const matching = new Set(own.filter((card) => cardMatches(card, filters)).map((c) => c.id));
  const active = filtersActive(filters);
  const order = rules.byVotes
    ? section.ranked.map((item) => item.id)
    : [...section.groups.map((g) => g.id), ...section.cards.map((c) => c.id)];
  const rank = new Map(order.map((id, i) => [id, i]));
  const byRank = (a: { id: string }, b: { id: string }) =>
    (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0);
  const cardOrder = (cards: readonly Card[]) =>
    rules.byVotes
      ? [...cards].sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt)
      : cards;

  const groups = [...section.groups]
    .sort(byRank)
    .map((group) => ({ group, cards: cardOrder(group.cards.filter((c) => matching.has(c.id))) }))
    .filter(({ cards }) => cards.length > 0 || (!active && !rules.hideOthers));
  const cards = cardOrder(
    [...own].sort(byRank).filter((card) => card.groupId === null && matching.has(card.id)),
  );
  return { groups, cards, hidden, filteredOut: own.length - matching.size };
}

/** Every organisation with a card on the board, sorted, for the organisation filter. */
export function organisationsOf(sections: readonly Section[]): string[] {
  const all = new Set<string>();
  for (const section of sections) for (const card of section.cards) all.add(card.organisation);
  all.delete('');
  return [...all].sort((a, b) => a.localeCompare(b));
}
