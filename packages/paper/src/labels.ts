import type {
  CardKind,
  Difficulty,
  Direction,
  Horizon,
  Instrument,
  Level,
  PolicyActor,
  SkillType,
} from '@tavolo/board';
import type { PaperLanguage } from './Paper.js';
import { numberFormats, type NumberFormats } from './numberFormats.js';
import { PaperError } from './PaperError.js';

const words = (list: string) => list.split(' ');
/** Labels for every value of an enumeration. */
const names = <T extends string>(labels: Readonly<Record<T, string>>) => labels;
const eqf = {
  eqf3: 'EQF 3',
  eqf4: 'EQF 4',
  eqf5: 'EQF 5',
  eqf6: 'EQF 6',
  eqf7: 'EQF 7',
  eqf8: 'EQF 8',
};
const plural = (one: string, many: string) => (n: number) => `${n} ${n === 1 ? one : many}`;

const IT = {
  locale: 'it-IT',
  documentKind: 'Bozza di position paper',
  draftNotice: 'Bozza generata da Tavolo, da rivedere prima della diffusione.',
  toc: 'Indice',
  context: 'Contesto',
  tableContext: 'Il tavolo',
  field: {
    event: 'Evento',
    date: 'Data',
    place: 'Luogo',
    organiser: 'Segreteria organizzativa',
    promoters: 'Promotori',
    table: 'Tavolo',
    tables: 'Tavoli',
    cluster: 'Cluster',
    area: 'Ambito della Strategia di specializzazione intelligente',
    participation: 'Partecipazione',
    organisations: 'Organizzazioni partecipanti',
    named: 'Persone citate con il loro consenso',
  },
  tablesCount: plural('tavolo tematico', 'tavoli tematici'),
  participants: plural('partecipante', 'partecipanti'),
  contributions: plural('contributo', 'contributi'),
  votes: plural('voto', 'voti'),
  anonymousTable: 'Tavolo anonimo: i contributi non riportano i nomi degli autori.',
  organisationsHidden: 'Tavolo anonimo: le organizzazioni non sono indicate.',
  provisional: 'La votazione non è ancora chiusa: la graduatoria è provvisoria.',
  sections: {
    needs: 'Fabbisogni di competenze',
    trends: 'Dati e tendenze',
    proposals: 'Proposte operative',
    practices: 'Buone pratiche',
    transferability: 'Trasferibilità',
    barriers: 'Ostacoli all’attrazione e alla permanenza',
  } as Readonly<Record<string, string>>,
  noContributions: 'Nessun contributo.',
  needColumns: ['N.', 'Profilo', 'Livello', 'Orizzonte', 'Assunzioni in 12 mesi', 'Voti'],
  group: 'gruppo',
  hiresTotal: (n: number) => `Assunzioni previste nei prossimi 12 mesi: ${n}.`,
  level: 'Livello',
  horizon: 'Orizzonte',
  skills: 'Competenze',
  skillType: 'Tipo di competenza',
  difficulty: 'Difficoltà di reperimento',
  evidence: 'Evidenze',
  value: 'Dato',
  unit: 'Unità',
  direction: 'Andamento',
  source: 'Fonte',
  actors: 'Chi deve agire',
  instrument: 'Strumento',
  timeframe: 'Tempi',
  answers: 'Risponde a',
  conclusions: 'Conclusioni del moderatore',
  noConclusions: 'Il moderatore non ha ancora scritto le conclusioni.',
  annex: 'Allegato: contributi e voti',
  annexIntro:
    'Tutti i contributi, compresi i duplicati uniti dal moderatore, con i voti ricevuti. ' +
    'I voti di un contributo comprendono quelli dei duplicati uniti a esso.',
  annexColumns: ['Rif.', 'Contributo', 'Dettagli', 'Gruppo', 'Voti', 'Autore'],
  duplicateOf: (rank: string) => `duplicato unito a ${rank}`,
  synthesis: 'Sintesi trasversale',
  synthesisIntro:
    'Fabbisogni e proposte che ricorrono in più tavoli, riconosciuti dalle parole del testo. ' +
    'L’indice di priorità somma la quota di voti ottenuta in ciascun tavolo, così che ogni ' +
    'tavolo pesi allo stesso modo, qualunque sia il numero dei suoi partecipanti.',
  recurringNeeds: 'Fabbisogni ricorrenti',
  recurringProposals: 'Proposte ricorrenti',
  noRecurringNeeds: 'Nessun fabbisogno ricorre in più di un tavolo.',
  noRecurringProposals: 'Nessuna proposta ricorre in più di un tavolo.',
  synthesisColumns: ['N.', 'Fabbisogno o proposta', 'Tavoli', 'Indice di priorità', 'Voti'],
  hires: 'Assunzioni in 12 mesi',
  rankRef: (ranks: string) => `n. ${ranks}`,
  chapter: (n: number, title: string) => `Tavolo ${n}: ${title}`,
  months: words(
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  ),
  kinds: names<CardKind>({
    skillNeed: 'Fabbisogno di competenze',
    dataTrend: 'Dato o tendenza',
    proposal: 'Proposta operativa',
    note: 'Nota',
  }),
  levels: names<Level>({
    ...eqf,
    operator: 'Operatore',
    its: 'ITS Academy',
    degree: 'Laurea',
    phd: 'Dottorato',
  }),
  horizons: names<Horizon>({ now: 'Subito', '1-2y': '1–2 anni', '3-5y': '3–5 anni' }),
  skillTypes: names<SkillType>({
    technical: 'Tecnica',
    digital: 'Digitale',
    green: 'Green',
    transversal: 'Trasversale',
  }),
  difficulties: names<Difficulty>({ low: 'Bassa', medium: 'Media', high: 'Alta' }),
  directions: names<Direction>({ rising: 'In crescita', falling: 'In calo', stable: 'Stabile' }),
  actorNames: names<PolicyActor>({
    region: 'Regione',
    its: 'ITS e scuole',
    universities: 'Università',
    companies: 'Imprese',
    employmentServices: 'Servizi per il lavoro',
    clusters: 'Clust-ER',
  }),
  instruments: names<Instrument>({
    training: 'Formazione',
    incentives: 'Incentivi',
    attraction: 'Attrazione',
    orientation: 'Orientamento',
    networks: 'Reti',
  }),
  columns: {
    table: 'Tavolo',
    section: 'Sezione',
    kind: 'Tipo di contributo',
    rank: 'Rif.',
    text: 'Testo',
    group: 'Gruppo',
    mergedInto: 'Unito a',
    votes: 'Voti',
    comments: 'Commenti',
    author: 'Autore',
    organisation: 'Organizzazione',
    id: 'ID',
  },
  sheet: 'Contributi',
};

type Wording = typeof IT;

/** Every fixed text a paper prints in one language, and its number formats. */
export type PaperLabels = Wording & { readonly formats: NumberFormats };

const EN: Wording = {
  locale: 'en-GB',
  documentKind: 'Position paper draft',
  draftNotice: 'Draft generated by Tavolo, to be reviewed before circulation.',
  toc: 'Contents',
  context: 'Context',
  tableContext: 'The table',
  field: {
    event: 'Event',
    date: 'Date',
    place: 'Place',
    organiser: 'Organiser',
    promoters: 'Promoted by',
    table: 'Table',
    tables: 'Tables',
    cluster: 'Cluster',
    area: 'Smart-specialisation area',
    participation: 'Participation',
    organisations: 'Participating organisations',
    named: 'People named with their consent',
  },
  tablesCount: plural('thematic table', 'thematic tables'),
  participants: plural('participant', 'participants'),
  contributions: plural('contribution', 'contributions'),
  votes: plural('vote', 'votes'),
  anonymousTable: 'Anonymous table: contributions carry no authors’ names.',
  organisationsHidden: 'Anonymous table: organisations are not shown.',
  provisional: 'Voting has not closed yet: the ranking is provisional.',
  sections: {
    needs: 'Skill needs',
    trends: 'Data and trends',
    proposals: 'Operational proposals',
    practices: 'Good practices',
    transferability: 'Transferability',
    barriers: 'Barriers to attraction and retention',
  },
  noContributions: 'No contributions.',
  needColumns: ['No.', 'Profile', 'Level', 'Horizon', 'Hires in 12 months', 'Votes'],
  group: 'group',
  hiresTotal: (n) => `Expected hires in the next 12 months: ${n}.`,
  level: 'Level',
  horizon: 'Horizon',
  skills: 'Skills',
  skillType: 'Skill type',
  difficulty: 'Difficulty to find',
  evidence: 'Evidence',
  value: 'Figure',
  unit: 'Unit',
  direction: 'Direction',
  source: 'Source',
  actors: 'Who should act',
  instrument: 'Instrument',
  timeframe: 'Timeframe',
  answers: 'Answers',
  conclusions: 'Moderator’s conclusions',
  noConclusions: 'The moderator has not written the conclusions yet.',
  annex: 'Annex: contributions and votes',
  annexIntro:
    'Every contribution, duplicates merged by the moderator included, with the votes it ' +
    'received. A contribution’s votes include those of the duplicates merged into it.',
  annexColumns: ['Ref.', 'Contribution', 'Details', 'Group', 'Votes', 'Author'],
  duplicateOf: (rank) => `duplicate merged into ${rank}`,
  synthesis: 'Cross-table synthesis',
  synthesisIntro:
    'Needs and proposals that recur across tables, recognised by the words of their text. ' +
    'The priority index adds up the share of votes won at each table, so that every table ' +
    'weighs the same whatever its number of participants.',
  recurringNeeds: 'Recurring skill needs',
  recurringProposals: 'Recurring proposals',
  noRecurringNeeds: 'No skill need recurs in more than one table.',
  noRecurringProposals: 'No proposal recurs in more than one table.',
  synthesisColumns: ['No.', 'Need or proposal', 'Tables', 'Priority index', 'Votes'],
  hires: 'Hires in 12 months',
  rankRef: (ranks) => `no. ${ranks}`,
  chapter: (n, title) => `Table ${n}: ${title}`,
  months: words(
    'January February March April May June July August September October November December',
  ),
  kinds: {
    skillNeed: 'Skill need',
    dataTrend: 'Data or trend',
    proposal: 'Operational proposal',
    note: 'Note',
  },
  levels: {
    ...eqf,
    operator: 'Operator',
    its: 'ITS Academy',
    degree: 'Degree',
    phd: 'PhD',
  },
  horizons: { now: 'Now', '1-2y': '1–2 years', '3-5y': '3–5 years' },
  skillTypes: {
    technical: 'Technical',
    digital: 'Digital',
    green: 'Green',
    transversal: 'Transversal',
  },
  difficulties: { low: 'Low', medium: 'Medium', high: 'High' },
  directions: { rising: 'Rising', falling: 'Falling', stable: 'Stable' },
  actorNames: {
    region: 'Region',
    its: 'ITS and schools',
    universities: 'Universities',
    companies: 'Companies',
    employmentServices: 'Employment services',
    clusters: 'Clusters',
  },
  instruments: {
    training: 'Training',
    incentives: 'Incentives',
    attraction: 'Attraction',
    orientation: 'Orientation',
    networks: 'Networks',
  },
  columns: {
    table: 'Table',
    section: 'Section',
    kind: 'Kind of contribution',
    rank: 'Ref.',
    text: 'Text',
    group: 'Group',
    mergedInto: 'Merged into',
    votes: 'Votes',
    comments: 'Comments',
    author: 'Author',
    organisation: 'Organisation',
    id: 'ID',
  },
  sheet: 'Contributions',
};

const LABELS: Record<PaperLanguage, Wording> = { it: IT, en: EN };

/**
 * The labels of one language, with fresh number formats: call it once per rendering.
 * Throws unknown_language for anything but 'it' and 'en'.
 */
export function labelsFor(language: PaperLanguage): PaperLabels {
  if (language !== 'it' && language !== 'en') {
    throw new PaperError(
      'unknown_language',
      `A paper is written in "it" or "en", not "${String(language)}".`,
      'language',
    );
  }
  const wording = LABELS[language];
  return { ...wording, formats: numberFormats(wording.locale) };
}
