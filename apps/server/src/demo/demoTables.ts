/** A demo contribution: section, text, author. Names are invented; organisations are kinds. */
export interface DemoCard {
  readonly section: string;
  readonly text: string;
  readonly name: string;
  readonly organisation: string;
}

/** A demo table of the "Skills Intelligence Emilia-Romagna" day. */
export interface DemoTable {
  readonly id: string;
  readonly title: string;
  readonly templateId: string;
  readonly cards: readonly DemoCard[];
}

/** The demo day: thematic tables led by the Clust-ER, as on 12 May 2025 at Tecnopolo DAMA. */
export const DEMO_TABLES: readonly DemoTable[] = [
  {
    id: 'robotica',
    title: 'Competenze per la robotica industriale',
    templateId: 'skillNeeds',
    cards: [
      {
        section: 'needs',
        text: 'Tecnico di integrazione robotica: programmazione PLC e robot collaborativi, messa in servizio di celle',
        name: 'Laura Bassi',
        organisation: 'Officine Meccaniche Reggiane',
      },
      {
        section: 'needs',
        text: 'Manutentore meccatronico con basi di visione artificiale e diagnostica predittiva',
        name: 'Paolo Ferri',
        organisation: 'Automazioni Modenesi',
      },
      {
        section: 'trends',
        text: 'Le richieste di tecnici ITS in automazione superano i diplomati disponibili: circa tre offerte per ogni candidato',
        name: 'Chiara Lodi',
        organisation: 'Fondazione ITS Maker',
      },
      {
        section: 'proposals',
        text: 'Percorsi ITS serali co-progettati con le imprese del Clust-ER MECH per chi già lavora',
        name: 'Federico Marchi',
        organisation: 'Clust-ER MECH',
      },
    ],
  },
  {
    id: 'oleodinamica',
    title: 'Competenze per le applicazioni oleodinamiche',
    templateId: 'skillNeeds',
    cards: [
      {
        section: 'needs',
        text: 'Progettista di circuiti oleodinamici con competenze di simulazione e di elettronica di controllo',
        name: 'Marta Guidi',
        organisation: 'Idraulica Emiliana',
      },
      {
        section: 'proposals',
        text: 'Laboratori condivisi tra università e imprese per la formazione pratica sui banchi prova',
        name: 'Stefano Villa',
        organisation: 'Università di Modena e Reggio Emilia',
      },
    ],
  },
];
