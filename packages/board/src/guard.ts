import type * as Y from 'yjs';
import { runsTable, type Actor } from './Actor.js';
import { BoardError } from './BoardError.js';
import { CONTROL, ROOT } from './keys.js';
import { isPhase, participantsMayWrite, type Phase } from './phases.js';

/** The table's current phase; 'preparation' when none was ever set. */
export function readPhase(doc: Y.Doc): Phase {
  const phase = doc.getMap(ROOT.control).get(CONTROL.phase);
  return isPhase(phase) ? phase : 'preparation';
}

/** True when the moderator has locked the board. */
export function readLocked(doc: Y.Doc): boolean {
  return doc.getMap(ROOT.control).get(CONTROL.locked) === true;
}

/** Throws unless the actor runs the table (moderator or secretariat). */
export function assertRunsTable(actor: Actor): void {
  if (!runsTable(actor.role)) {
    throw new BoardError('forbidden', 'Only the moderator or the secretariat can do this.');
  }
}

/**
 * Throws unless the actor may write contributions (cards, comments) now: never an observer;
 * nobody once the table is closed; a participant only in writing phases of an unlocked board.
 */
export function assertMayContribute(doc: Y.Doc, actor: Actor): void {
  if (actor.role === 'observer') throw new BoardError('forbidden', 'Observers cannot write.');
  const phase = readPhase(doc);
  if (phase === 'closed') throw new BoardError('phase_closed', 'The table is closed.');
  if (runsTable(actor.role)) return;
  if (readLocked(doc)) throw new BoardError('board_locked', 'The moderator has locked the board.');
  if (!participantsMayWrite(phase)) {
    throw new BoardError('phase_closed', `Contributions are closed in the ${phase} phase.`);
  }
}

/** Throws unless the actor may change an entry written by `authorId`. */
export function assertOwns(actor: Actor, authorId: unknown): void {
  if (runsTable(actor.role)) return;
  if (authorId !== actor.id) {
    throw new BoardError('forbidden', 'You can change only your own contributions.');
  }
}
