import type { BoardSnapshot, Directory } from '@tavolo/board';

/** How far voting has come, without any item's total. */
export interface VoteProgress {
  /** People who placed at least one dot. */
  readonly voters: number;
  /** Participants at the table (everyone the directory lists as one). */
  readonly participants: number;
  /** Dots placed so far, on any item. */
  readonly dots: number;
  /** Dots the participants hold in all: budget × sections × participants. */
  readonly dotsAvailable: number;
}

/**
 * Counts voters and dots from the votes that count. Only sums over the whole board: which item
 * the dots went to stays off the wall until voting closes.
 */
export function voteProgress(board: BoardSnapshot, directory: Directory): VoteProgress {
  const listed = Object.values(directory).filter((p) => p.role === 'participant').length;
  const voters = new Set(board.votes.map((v) => v.voterId)).size;
  // A voter the directory does not list yet (it arrives after the board) still counts.
  const participants = Math.max(listed, voters);
  return {
    voters,
    participants,
    dots: board.votes.length,
    dotsAvailable: board.voteBudget * board.sections.length * participants,
  };
}
