import * as Y from 'yjs';
import type { Actor } from '../Actor.js';
import { setPhase } from '../control.js';
import type { Phase } from '../phases.js';
import { initTable } from '../table.js';

/** People at the robotics table, one per role. */
export const MODERATOR: Actor = {
  id: 'mod',
  name: 'Federico Marchi',
  organisation: 'Clust-ER MECH',
  role: 'moderator',
};
export const LAURA: Actor = {
  id: 'laura',
  name: 'Laura Bassi',
  organisation: 'Officine Meccaniche Reggiane',
  role: 'participant',
};
export const PAOLO: Actor = {
  id: 'paolo',
  name: 'Paolo Ferri',
  organisation: 'Automazioni Modenesi',
  role: 'participant',
};
export const OBSERVER: Actor = {
  id: 'wall',
  name: 'Proiettore',
  organisation: '',
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
