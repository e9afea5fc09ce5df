import type { NewCard } from '@tavolo/board';

/** A demo contribution with its author. Names are invented; organisations are typical members. */
export interface DemoCard extends NewCard {
  /** Key for proposals to point at the needs they answer (`answers` by key). */
  readonly key?: string;
  readonly answersKeys?: readonly string[];
  readonly name: string;
  readonly organisation: string;
  readonly votes?: number;
}

/** A demo table of the "Skills Intelligence Emilia-Romagna" day. */
export interface DemoTable {
  readonly id: string;
  readonly title: string;
  readonly templateId: string;
  readonly cluster: string;
  readonly area: string;
  readonly moderator: { readonly name: string; readonly organisation: string };
  readonly cards: readonly DemoCard[];
}

/** The demo day, modelled on 12 May 2025 at Tecnopolo DAMA: one table per Clust-ER theme. */
export const DEMO_EVENT = {
  title: 'Skills Intelligence Emilia-Romagna',
  place: 'Tecnopolo DAMA, Bologna',
  organiser: 'Regione Emilia-Romagna e ART-ER',
  language: 'it' as const,
};

export const DEMO_TABLES: readonly DemoTable[] = [
  {
    id: 'robotica',
    title: 'Competenze per la robotica industriale',
    templateId: 'skillNeeds',
    cluster: 'Clust-ER MECH',
    area: 'Meccatronica e motoristica',
    moderator: { name: 'Federico Capucci', organisation: 'Clust-ER MECH' },
    cards: [
      {
        key: 'integratore',
        section: 'needs',
        text: 'Tecnico di integrazione robotica: programmazione PLC e robot collaborativi, messa in servizio di celle',
        fields: {
          skills: ['PLC', 'cobot', 'sicurezza macchine'],
          skillType: 'technical',
          level: 'its',
          horizon: 'now',
          hires: 12,
          difficulty: 'high',
        },
        name: 'Laura Bassi',
        organisation: 'Officine Meccaniche Reggiane',
        votes: 3,
      },
      {
        key: 'manutentore',
        section: 'needs',
        text: 'Manutentore meccatronico con basi di visione artificiale e diagnostica predittiva',
        fields: {
          skills: ['visione artificiale', 'manutenzione predittiva'],
          skillType: 'digital',
          level: 'eqf5',
          horizon: '1-2y',
          hires: 8,
          difficulty: 'medium',
        },
        name: 'Paolo Ferri',
        organisation: 'Automazioni Modenesi',
        votes: 2,
      },
      {
        section: 'trends',
        text: 'Le richieste di tecnici ITS in automazione superano i diplomati disponibili',
        fields: {
          value: 3,
          unit: 'offerte per candidato',
          direction: 'rising',
          source: 'Osservatorio ITS Maker 2025',
        },
        name: 'Chiara Lodi',
        organisation: 'Fondazione ITS Maker',
        votes: 1,
      },
      {
        section: 'proposals',
        text: 'Percorsi ITS serali co-progettati con le imprese del Clust-ER MECH per chi già lavora',
        fields: { actors: ['its', 'companies'], instrument: 'training', timeframe: '1-2y' },
        answersKeys: ['integratore', 'manutentore'],
        name: 'Federico Marchi',
        organisation: 'Clust-ER MECH',
        votes: 2,
      },
    ],
  },
  {
    id: 'oleodinamica',
    title: 'Competenze per le applicazioni oleodinamiche',
    templateId: 'skillNeeds',
    cluster: 'Clust-ER MECH',
    area: 'Meccatronica e motoristica',
    moderator: { name: 'Giulia Neri', organisation: 'Clust-ER MECH' },
    cards: [
      {
        key: 'progettista',
        section: 'needs',
        text: 'Progettista di circuiti oleodinamici con competenze di simulazione e di elettronica di controllo',
        fields: {
          skills: ['simulazione', 'elettroidraulica'],
          skillType: 'technical',
          level: 'degree',
          horizon: 'now',
          hires: 5,
          difficulty: 'high',
        },
        name: 'Marta Guidi',
        organisation: 'Idraulica Emiliana',
        votes: 2,
      },
      {
        section: 'proposals',
        text: 'Laboratori condivisi tra università e imprese per la formazione pratica sui banchi prova',
        fields: { actors: ['universities', 'companies'], instrument: 'training', timeframe: 'now' },
        answersKeys: ['progettista'],
        name: 'Stefano Villa',
        organisation: 'Università di Modena e Reggio Emilia',
        votes: 1,
      },
    ],
  },
  {
    id: 'agroalimentare-digitale',
    title: 'Competenze digitali per l’agroalimentare',
    templateId: 'skillNeeds',
    cluster: 'Clust-ER AGRIFOOD',
    area: 'Agroalimentare',
    moderator: { name: 'Elena Rinaldi', organisation: 'Clust-ER AGRIFOOD' },
    cards: [
      {
        section: 'needs',
        text: 'Data analyst per la tracciabilità di filiera e la qualità in linea',
        fields: {
          skills: ['analisi dati', 'tracciabilità'],
          skillType: 'digital',
          level: 'degree',
          horizon: '1-2y',
          hires: 6,
          difficulty: 'high',
        },
        name: 'Andrea Costa',
        organisation: 'Conserve Padane',
      },
      {
        section: 'trends',
        text: 'Metà delle imprese del cluster prevede di introdurre sensori IoT in stabilimento entro due anni',
        fields: {
          value: 50,
          unit: '%',
          direction: 'rising',
          source: 'Indagine Clust-ER AGRIFOOD 2025',
        },
        name: 'Sara Bellini',
        organisation: 'Clust-ER AGRIFOOD',
      },
    ],
  },
  {
    id: 'edilizia-green',
    title: 'Competenze green per le costruzioni',
    templateId: 'skillNeeds',
    cluster: 'Clust-ER BUILD',
    area: 'Edilizia e costruzioni',
    moderator: { name: 'Marco Fabbri', organisation: 'Clust-ER BUILD' },
    cards: [
      {
        section: 'needs',
        text: 'Tecnico della riqualificazione energetica con competenze BIM',
        fields: {
          skills: ['BIM', 'diagnosi energetica'],
          skillType: 'green',
          level: 'its',
          horizon: '1-2y',
          hires: 10,
          difficulty: 'medium',
        },
        name: 'Luca Morandi',
        organisation: 'Costruzioni Romagnole',
      },
    ],
  },
];
