import * as Y from 'yjs';
import type { Actor } from '../Actor.js';
import { setPhase } from '../control.js';
import type { Phase } from '../phases.js';
import { initTable } from '../table.js';

/** People at the robotics table, one per role (the board knows them by id only). */
export const MODERATOR: Actor = {
  id: 'mod',
  role: 'moderator',
};
export const LAURA: Actor = {
  id: 'laura',
  role: 'participant',
};
export const PAOLO: Actor = {
  id: 'paolo',
  role: 'participant',
};
export const OBSERVER: Actor = {
  id: 'wall',
  role: 'observer',
};

/** A skill-needs board in the given phase. */
export function board(phase: Phase = 'sharing'): Y.Doc {
  const doc = new Y.Doc();
  initTable(doc, { tableId: 'robotica', title: 'Robotica industriale', templateId: 'skillNeeds' });
  setPhase(doc, MODERATOR, phase);
  return doc;
}

/** Applies every update of `from` that `to` lacks. */
export function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}
