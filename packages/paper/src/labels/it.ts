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

/** Splits a list of words. */
export const words = (list: string) => list.split(' ');
/** Labels for every value of an enumeration. */
const names = <T extends string>(labels: Readonly<Record<T, string>>) => labels;
/** EQF levels read the same in both languages. */
export const EQF = {
  eqf3: 'EQF 3',
  eqf4: 'EQF 4',
  eqf5: 'EQF 5',
  eqf6: 'EQF 6',
  eqf7: 'EQF 7',
  eqf8: 'EQF 8',
};
/** "1 voto" / "2 voti". */
export const plural = (one: string, many: string) => (n: number) => `${n} ${n === 1 ? one : many}`;

/** Every fixed text of a paper in Italian, the paper's first language. */
export const IT = {
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
  comments: plural('commento', 'commenti'),
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
    needsNow: 'Fabbisogni di oggi',
    needsEmerging: 'Fabbisogni emergenti',
    needsEvidence: 'Evidenze dalle imprese',
    demand: 'Domanda di profili specializzati',
    supply: 'Offerta di competenze e di formazione',
    readings: 'Letture e implicazioni',
    proposalsTraining: 'Formazione e orientamento',
    proposalsAttraction: 'Attrazione e permanenza dei talenti',
    proposalsSystem: 'Reti e strumenti del sistema regionale',
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
  annexComments: 'Commenti ai contributi',
  annexCommentColumns: ['Rif.', 'Commento', 'Autore'],
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
  notHeld: 'tavolo non svolto',
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
    ...EQF,
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
  chart: {
    item: 'Voce',
    title: (section: string) => `Voti ricevuti — ${section}`,
    titleTop: (section: string, n: number) => `Voti ricevuti — ${section} (i primi ${n})`,
    description: (section: string, bars: string, more: number) =>
      `Grafico a barre dei voti ricevuti nella sezione ${section}: ${bars}.` +
      (more === 0
        ? ''
        : more === 1
          ? ' Un’altra voce, con meno voti, non è nel grafico.'
          : ` Altre ${more} voci, con meno voti, non sono nel grafico.`),
  },
  summary: {
    title: 'Sintesi dei risultati',
    quote: (text: string) => `“${text}”`,
    event: (held: number, participants: number, contributions: number, votes: number) =>
      `${held === 1 ? 'Si è svolto 1 tavolo tematico' : `Si sono svolti ${held} tavoli tematici`}, ` +
      `con ${plural('partecipante', 'partecipanti')(participants)}, ` +
      `${plural('contributo', 'contributi')(contributions)} e ${plural('voto', 'voti')(votes)}.`,
    notHeld: (count: number, tables: string) =>
      count === 1
        ? `Non si è svolto il tavolo ${tables}.`
        : `Non si sono svolti i tavoli ${tables}.`,
    recurringNeeds: (list: string) =>
      `Tra i tavoli ricorrono soprattutto questi fabbisogni: ${list}.`,
    recurringProposals: (list: string) => `Ricorrono in più tavoli queste proposte: ${list}.`,
    nothingRecurs: 'Nessun fabbisogno e nessuna proposta ricorrono in più di un tavolo.',
    inTables: plural('tavolo', 'tavoli'),
    needs: (list: string, count: number, voted: boolean) =>
      !voted
        ? `Tra i fabbisogni emersi: ${list}.`
        : count === 1
          ? `Il fabbisogno più votato è ${list}.`
          : `I fabbisogni più votati sono ${list}.`,
    hires: (n: number) =>
      n === 1
        ? 'Le imprese prevedono 1 assunzione nei prossimi 12 mesi per i profili indicati.'
        : `Le imprese prevedono ${n} assunzioni nei prossimi 12 mesi per i profili indicati.`,
    data: (list: string) => `Tra i dati portati al tavolo: ${list}.`,
    proposals: (list: string, count: number, voted: boolean) =>
      !voted
        ? `Tra le proposte: ${list}.`
        : count === 1
          ? `La proposta più votata è ${list}.`
          : `Le proposte più votate sono ${list}.`,
    notes: (section: string, list: string) => `${section}: ${list}.`,
    empty: 'Il tavolo non ha ancora raccolto contributi.',
  },
  method: {
    title: 'Metodo di lavoro',
    when: (date: string, place: string) => `La giornata si è svolta il ${date} presso ${place}.`,
    tables: (planned: number, held: number) =>
      held === planned
        ? planned === 1
          ? 'Vi ha lavorato un tavolo tematico, guidato da un moderatore.'
          : `Vi hanno lavorato in parallelo ${planned} tavoli tematici, ciascuno guidato da un moderatore.`
        : `Dei ${planned} tavoli tematici previsti ` +
          `${held === 1 ? 'se ne è svolto 1' : `se ne sono svolti ${held}`}, ` +
          'ciascuno guidato da un moderatore.',
    table: (cluster: string) =>
      cluster
        ? `Il tavolo è stato guidato da un moderatore di ${cluster}.`
        : 'Il tavolo è stato guidato da un moderatore.',
    people: (participants: number, organisations: number) =>
      `${participants === 1 ? 'Vi ha preso parte 1 partecipante' : `Vi hanno preso parte ${participants} partecipanti`}` +
      `${organisations > 0 ? ` in rappresentanza di ${plural('organizzazione', 'organizzazioni')(organisations)}` : ''}.`,
    output: (contributions: number, votes: number) =>
      `Il lavoro ha prodotto ${plural('contributo', 'contributi')(contributions)} e ${plural('voto', 'voti')(votes)}.`,
    phasesIntro: (event: boolean): string =>
      event ? 'Ogni tavolo ha seguito le stesse fasi:' : 'Il tavolo ha seguito queste fasi:',
    phases: (dots: string): [string, string][] => [
      [
        'Scrittura silenziosa',
        'ciascuno scrive i propri contributi senza vedere quelli degli altri.',
      ],
      ['Condivisione', 'i contributi vengono svelati e presentati dagli autori.'],
      [
        'Raggruppamento',
        'il moderatore unisce i duplicati e raccoglie sotto un titolo i contributi simili.',
      ],
      [
        'Votazione',
        `ogni partecipante distribuisce ${dots} in ciascuna sezione; i totali restano nascosti fino alla chiusura del voto.`,
      ],
      [
        'Sintesi',
        'le proposte vengono collegate ai fabbisogni più votati e il moderatore scrive le conclusioni.',
      ],
    ],
    dots: (min: number, max: number) =>
      min === max ? plural('punto', 'punti')(min) : `da ${min} a ${max} punti, secondo il tavolo,`,
    ranking:
      'I contributi sono ordinati per numero di voti ricevuti; un gruppo somma i voti dati al gruppo e ai suoi contributi. ' +
      'Le persone sono nominate solo se hanno dato il loro consenso.',
    anonymous: (n: number) =>
      `In ${plural('tavolo', 'tavoli')(n)} i contributi erano anonimi: non riportano gli autori.`,
  },
};

/** The shape every language's wording has: the Italian one's. */
export type Wording = typeof IT;
