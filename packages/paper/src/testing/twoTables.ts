import type { PaperTableInput } from '../PaperInput.js';
import { MODERATOR } from './robotica.js';
import { person, TableBuilder } from './TableBuilder.js';

/**
 * A large table (60 dots on needs) and a small one (12 dots) that share two needs and one
 * proposal. By raw votes "Programmatore PLC" (12 + 1) beats "Data engineer" (3 + 8); by share
 * of each table's votes "Data engineer" (5% + 67%) beats "Programmatore PLC" (20% + 8%).
 */
export function largeTable(): PaperTableInput {
  const t = new TableBuilder('manifattura', 'Manifattura avanzata', MODERATOR);
  t.join(person('a1', 'Giulia Neri', 'Officine Meccaniche Reggiane'), true);
  t.join(person('a2', 'Stefano Rinaldi', 'Fonderie Emiliane'), false);
  t.card(MODERATOR, 'a-plc', 'needs', 'Programmatore PLC', { level: 'its', hires: 6 });
  t.card(MODERATOR, 'a-data', 'needs', 'Data engineer per la manifattura', { hires: 2 });
  t.card(MODERATOR, 'a-weld', 'needs', 'Saldatore specializzato', { hires: 10 });
  t.card(MODERATOR, 'a-its', 'proposals', 'Percorsi ITS serali per lavoratori occupati', {
    actors: ['its'],
    instrument: 'training',
  });
  t.card(MODERATOR, 'a-phd', 'proposals', 'Borse per dottorati industriali', {
    actors: ['universities'],
  });
  t.vote({ 'a-plc': 12, 'a-data': 3, 'a-weld': 45 });
  t.vote({ 'a-its': 10, 'a-phd': 2 });
  t.conclude('Il saldatore resta il profilo più urgente.');
  return {
    title: 'Competenze per la manifattura avanzata',
    cluster: 'Clust-ER MECH',
    area: 'Meccatronica e motoristica',
    ...t.close(),
  };
}

/** The small table of the pair; see `largeTable`. */
export function smallTable(): PaperTableInput {
  const t = new TableBuilder('digitale', 'Talenti digitali', MODERATOR);
  t.join(person('b1', 'Chiara Lodi', 'Data Valley Srl'), true);
  t.card(MODERATOR, 'b-plc', 'needs', 'Programmatori PLC', { hires: 1 });
  t.card(MODERATOR, 'b-data', 'needs', 'Data engineer', { level: 'degree', hires: 3 });
  t.card(MODERATOR, 'b-log', 'needs', 'Operatore logistico');
  t.card(MODERATOR, 'b-its', 'proposals', 'Percorsi ITS serali per lavoratori', {
    actors: ['its', 'companies'],
  });
  t.card(MODERATOR, 'b-abroad', 'proposals', 'Campagna di attrazione di sviluppatori dall’estero');
  t.vote({ 'b-plc': 1, 'b-data': 8, 'b-log': 3 });
  t.vote({ 'b-its': 1, 'b-abroad': 5 });
  return {
    title: 'Talenti digitali',
    cluster: 'Clust-ER Innovate',
    area: 'Digitalizzazione, intelligenza artificiale e big data',
    ...t.close(),
  };
}
