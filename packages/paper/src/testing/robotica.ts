import type { PaperEvent, PaperTableInput } from '../PaperInput.js';
import { person, TableBuilder, type TableParts } from './TableBuilder.js';

/** The day the seeds describe: Skills Intelligence Emilia-Romagna at the DAMA Tecnopolo. */
export const SKILLS_DAY: PaperEvent = {
  title: 'Skills Intelligence Emilia-Romagna',
  date: '2025-05-12',
  place: 'Tecnopolo DAMA, Bologna',
  organiser: 'ART-ER',
  promoters: ['Regione Emilia-Romagna', 'ART-ER'],
};

export const MODERATOR = {
  id: 'mod',
  name: 'Federico Marchi',
  organisation: 'Clust-ER MECH',
  role: 'moderator' as const,
};
/** Consents to be named. */
export const LAURA = person('laura', 'Laura Bassi', 'Officine Meccaniche Reggiane');
/** Declines to be named. */
export const PAOLO = person('paolo', 'Paolo Ferri', 'Automazioni Modenesi');
/** Writes without ever being asked in this builder, so without consent. */
export const MARCO = person('marco', 'Marco Valli', 'Università di Modena e Reggio Emilia');

/** Names that must never appear in a paper built from the robotics board. */
export const WITHHELD_NAMES = [PAOLO.name, MARCO.name, MODERATOR.name];

/** Options for the robotics board. */
export interface RoboticaOptions {
  readonly anonymous?: { readonly showOrganisations: boolean };
}

/**
 * A small, complete robotics table: a group, a merged duplicate, typed fields in every
 * section, votes on cards and on a group, a comment, and the moderator's conclusions.
 */
export function roboticaBoard(options: RoboticaOptions = {}): TableParts {
  const t = new TableBuilder('robotica', 'Robotica industriale', MODERATOR);
  t.join(LAURA, true).join(PAOLO, false);
  t.card(LAURA, 'n1', 'needs', 'Programmatore PLC e robot', {
    skills: ['PLC Siemens', 'ROS'],
    skillType: 'digital',
    level: 'its',
    horizon: 'now',
    hires: 4,
    difficulty: 'high',
    evidence: 'Tre posizioni aperte da oltre sei mesi.',
  });
  t.card(PAOLO, 'n2', 'needs', 'Tecnico di manutenzione predittiva', {
    skills: ['sensoristica', 'analisi delle vibrazioni'],
    skillType: 'technical',
    level: 'eqf5',
    horizon: '1-2y',
    hires: 2,
    difficulty: 'medium',
  });
  t.card(MARCO, 'n3', 'needs', 'Tecnici per la manutenzione predittiva', { level: 'eqf5' });
  t.card(PAOLO, 'n4', 'needs', 'Esperto di visione artificiale', {
    skillType: 'digital',
    level: 'degree',
    horizon: '3-5y',
    hires: 1,
    difficulty: 'high',
  });
  t.merge('n3', 'n2').group('g1', 'needs', 'Robotica e visione', ['n1', 'n4']);
  t.card(LAURA, 't1', 'trends', 'Imprese che faticano a trovare tecnici di automazione', {
    value: 62,
    unit: '%',
    direction: 'rising',
    source: 'Indagine Clust-ER MECH sui soci, 2024',
  });
  t.card(MARCO, 't2', 'trends', 'Iscritti ai percorsi ITS di meccatronica', {
    value: 1450,
    unit: 'studenti',
    direction: 'stable',
    source: 'Fondazioni ITS Emilia-Romagna',
  });
  t.card(LAURA, 'p1', 'proposals', 'Percorsi ITS serali per lavoratori già occupati', {
    actors: ['its', 'companies'],
    instrument: 'training',
    timeframe: '1-2y',
    answers: ['n1', 'n3'],
  });
  t.card(PAOLO, 'p2', 'proposals', 'Voucher regionali per tirocini di laureandi in azienda', {
    actors: ['region', 'universities'],
    instrument: 'incentives',
    timeframe: 'now',
    answers: ['n4'],
  });
  t.comment(PAOLO, 'n1', 'Serve anche la sicurezza funzionale.');
  t.vote({ n1: 3, n2: 2, n3: 1, n4: 1, g1: 1 });
  t.vote({ t1: 2, t2: 1 });
  t.vote({ p2: 3, p1: 2 });
  if (options.anonymous) t.anonymous(options.anonymous.showOrganisations);
  t.conclude(
    'Il tavolo chiede di anticipare i profili di automazione con percorsi ITS brevi.\n\n' +
      'Le imprese si impegnano a ospitare tirocini nel 2026.',
  );
  return t.close();
}

/** The robotics table as a paper input. */
export function roboticaTable(options: RoboticaOptions = {}): PaperTableInput {
  return {
    title: 'Competenze per la robotica industriale',
    cluster: 'Clust-ER MECH',
    area: 'Meccatronica e motoristica',
    ...roboticaBoard(options),
  };
}
