import type { PaperTableInput } from '../PaperInput.js';
import { MODERATOR } from './robotica.js';
import { person, TableBuilder } from './TableBuilder.js';

/** Texts a spreadsheet would run as formulas, and text that needs CSV quoting. */
export const HOSTILE = {
  equals: '=HYPERLINK("http://esempio.invalid","Clicca qui")',
  plus: '+39 051 000000 numero del referente',
  minus: '-20% di iscritti agli ITS',
  at: '@SUM(1+1)',
  quoted: 'Tecnico "senior", manutenzione',
  multiline: 'Prima riga\nseconda riga',
};

/** A table whose contributors wrote the hostile texts above. */
export function hostileTable(): PaperTableInput {
  const t = new TableBuilder('ostile', 'Tavolo di prova', MODERATOR);
  const giorgia = person('giorgia', 'Giorgia Sala', '=Impresa Sala');
  t.join(giorgia, true);
  t.card(giorgia, 'h1', 'needs', HOSTILE.equals, { hires: 3, level: 'eqf4' });
  t.card(giorgia, 'h2', 'needs', HOSTILE.plus);
  t.card(giorgia, 'h3', 'trends', HOSTILE.minus, { value: -20, unit: '%', direction: 'falling' });
  t.card(giorgia, 'h4', 'trends', HOSTILE.at, { source: '-fonte interna' });
  t.card(giorgia, 'h5', 'proposals', HOSTILE.quoted);
  t.card(giorgia, 'h6', 'proposals', HOSTILE.multiline);
  return { title: 'Tavolo di prova', cluster: '', area: '', ...t.parts() };
}
