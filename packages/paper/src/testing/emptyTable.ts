import type { PaperTableInput } from '../PaperInput.js';
import { MODERATOR } from './robotica.js';
import { person, TableBuilder } from './TableBuilder.js';

/** A table of the programme that never ran: one person joined, nobody wrote anything. */
export function emptyTable(): PaperTableInput {
  const t = new TableBuilder('green', 'Competenze green', MODERATOR);
  t.join(person('ada', 'Ada Conti', 'Ceramiche Sassuolo'), true);
  return { title: '', cluster: 'Clust-ER Greentech', area: '', ...t.parts() };
}
