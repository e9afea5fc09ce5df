import type { Directory } from './directory.js';
import type { BoardSnapshot, Card } from './types.js';

/** How far one participant has taken part: what they wrote, and the dots they used and have left. */
export interface Participation {
  readonly id: string;
  /** Contributions they wrote, duplicates merged away included. */
  readonly cards: number;
  /** Dots of theirs that count now, across sections. */
  readonly votes: number;
  /** Dots they have left across sections (the budget per section, less what they used there). */
  readonly dotsLeft: number;
}

/**
 * Who has written and voted, for the moderator's panel: every participant of the directory
 * (never a moderator, the secretariat or an observer), plus anyone who wrote or voted without
 * an entry there, in the directory's order (the order they joined). Computed from what the
 * reader already holds, so it reveals nothing new on the wire; only a reader who receives the
 * whole board and directory (a moderator) gets a complete answer.
 */
export function participation(board: BoardSnapshot, people: Directory): Participation[] {
  const cards = new Map<string, number>();
  const count = (card: Card) => {
    cards.set(card.authorId, (cards.get(card.authorId) ?? 0) + 1);
    card.merged.forEach(count);
  };
  for (const section of board.sections) section.cards.forEach(count);
  const used = new Map<string, Map<string, number>>();
  for (const vote of board.votes) {
    const bySection = used.get(vote.voterId) ?? new Map<string, number>();
    bySection.set(vote.section, (bySection.get(vote.section) ?? 0) + 1);
    used.set(vote.voterId, bySection);
  }
  const ids: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (id === '' || seen.has(id)) return;
    seen.add(id);
    ids.push(id);
  };
  const role = (id: string) =>
    Object.prototype.hasOwnProperty.call(people, id) ? (people[id]!.role ?? 'participant') : null;
  for (const id of Object.keys(people)) if (role(id) === 'participant') add(id);
  for (const id of [...cards.keys(), ...used.keys()]) if (role(id) === null) add(id);
  const sections = board.sections.map((s) => s.id);
  return ids.map((id) => {
    const mine = used.get(id);
    const votes = [...(mine?.values() ?? [])].reduce((n, v) => n + v, 0);
    const dotsLeft = sections.reduce(
      (n, s) => n + Math.max(0, board.voteBudget - (mine?.get(s) ?? 0)),
      0,
    );
    return { id, cards: cards.get(id) ?? 0, votes, dotsLeft };
  });
}
