import type * as Y from 'yjs';
import { readLocked, readPhase } from './guard.js';
import { ROOT } from './keys.js';
import { participantsMayWrite } from './phases.js';

/** Why a participant may not write under `root` now. */
export type WriteRefusal = 'phase_closed' | 'board_locked' | 'voting_closed';

/**
 * Whether a participant may write an entry of `root` in the board's current state, by the
 * rules the board operations apply in the client (guard.ts, votes.ts): the server applies the
 * same rules to what arrives, so a modified client gains nothing by skipping them.
 */
export function participantWriteRefusal(doc: Y.Doc, root: string): WriteRefusal | null {
  const phase = readPhase(doc);
  if (root === ROOT.cards || root === ROOT.comments) {
    if (phase === 'closed') return 'phase_closed';
    if (readLocked(doc)) return 'board_locked';
    return participantsMayWrite(phase) ? null : 'phase_closed';
  }
  if (root === ROOT.votes) return phase === 'voting' ? null : 'voting_closed';
  return null;
}
