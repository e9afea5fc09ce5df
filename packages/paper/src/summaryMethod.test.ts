import { describe, expect, it } from 'vitest';
import { eventPaper } from './eventPaper.js';
import type { Paper } from './Paper.js';
import { tablePaper } from './tablePaper.js';
import { emptyTable } from './testing/emptyTable.js';
import { readDocx } from './testing/readDocx.js';
import {
  LAURA,
  MODERATOR,
  PAOLO,
  roboticaTable,
  SKILLS_DAY,
  WITHHELD_NAMES,
  type RoboticaOptions,
} from './testing/robotica.js';
import { TableBuilder } from './testing/TableBuilder.js';
import { largeTable, smallTable } from './testing/twoTables.js';
import { toDocx } from './toDocx.js';
import { toMarkdown } from './toMarkdown.js';

/** The Markdown between a `## heading` and the next one. */
function mdSection(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start, end < 0 ? undefined : end);
}

/** The DOCX paragraphs under a Heading 1, up to the next one. */
async function docxSection(paper: Paper, heading: string, lang: 'it' | 'en' = 'it') {
  const { paragraphs } = await readDocx(await toDocx(paper, lang));
  const start = paragraphs.findIndex((p) => p.style === 'Heading1' && p.text === heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = paragraphs.findIndex((p, i) => i > start && p.style === 'Heading1');
  return paragraphs.slice(start + 1, end).map((p) => p.text);
}

/** A table that voted with 5 dots per section. */
function fiveDotTable() {
  const t = new TableBuilder('ceramica', 'Ceramica', MODERATOR);
  t.card(MODERATOR, 'c1', 'needs', 'Tecnico di smaltatura digitale', { hires: 1 });
  t.vote({ c1: 5 }, 5);
  return { title: '', cluster: '', area: '', ...t.close() };
}

describe('executive summary and method of a table paper', () => {
  const paper = tablePaper({ event: SKILLS_DAY, table: roboticaTable() });

  it('sums up the top-voted needs with their hires, the key data and the top proposals', async () => {
    const summary = [
      'I fabbisogni più votati sono “Robotica e visione” (5 voti) e “Tecnico di manutenzione ' +
        'predittiva” (3 voti).',
      'Le imprese prevedono 7 assunzioni nei prossimi 12 mesi per i profili indicati.',
      'Tra i dati portati al tavolo: “Imprese che faticano a trovare tecnici di automazione”: ' +
        '62% (in crescita) e “Iscritti ai percorsi ITS di meccatronica”: 1450 studenti (stabile).',
      'Le proposte più votate sono “Voucher regionali per tirocini di laureandi in azienda” ' +
        '(3 voti) e “Percorsi ITS serali per lavoratori già occupati” (2 voti).',
    ].join(' ');
    expect(mdSection(toMarkdown(paper), 'Sintesi dei risultati')).toContain(`\n${summary}\n`);
    expect(await docxSection(paper, 'Sintesi dei risultati')).toEqual([summary]);
    expect(mdSection(toMarkdown(paper, 'en'), 'Executive summary')).toContain(
      'The top-voted needs are “Robotica e visione” (5 votes) and “Tecnico di manutenzione ' +
        'predittiva” (3 votes). Companies expect 7 hires in the next 12 months',
    );
  });

  it('describes the method from the data: when, where, who, how much, and the phases', async () => {
    const method = await docxSection(paper, 'Metodo di lavoro');
    expect(method[0]).toBe(
      'La giornata si è svolta il 12 maggio 2025 presso Tecnopolo DAMA, Bologna. Il tavolo è ' +
        'stato guidato da un moderatore di Clust-ER MECH. Vi hanno preso parte 3 partecipanti in ' +
        'rappresentanza di 3 organizzazioni. Il lavoro ha prodotto 8 contributi e 16 voti.',
    );
    expect(method.slice(2, 7).map((p) => p.split(':')[0])).toEqual([
      'Scrittura silenziosa',
      'Condivisione',
      'Raggruppamento',
      'Votazione',
      'Sintesi',
    ]);
    expect(method[5]).toContain('ogni partecipante distribuisce 3 punti in ciascuna sezione');
    const en = await docxSection(paper, 'Method', 'en');
    expect(en[0]).toContain('The work involved 3 participants from 3 organisations.');
    expect(en[5]).toContain('each participant spends 3 dots in each section');
  });

  it('says so when the table has no contributions yet, and counts nothing', () => {
    const t = new TableBuilder('vuoto', 'Tavolo vuoto', MODERATOR);
    const empty = tablePaper({
      event: SKILLS_DAY,
      table: { title: '', cluster: '', area: '', ...t.parts() },
    });
    expect(mdSection(toMarkdown(empty), 'Sintesi dei risultati')).toContain(
      '\nIl tavolo non ha ancora raccolto contributi.\n',
    );
    // The method does not count people and contributions that are not there yet.
    expect(mdSection(toMarkdown(empty), 'Metodo di lavoro')).toContain(
      '\nLa giornata si è svolta il 12 maggio 2025 presso Tecnopolo DAMA, Bologna. ' +
        'Il tavolo è stato guidato da un moderatore.\n',
    );
  });
});

describe('executive summary and method of an event paper', () => {
  const paper = eventPaper({
    event: SKILLS_DAY,
    tables: [largeTable(), emptyTable(), smallTable(), fiveDotTable()],
  });
  const md = toMarkdown(paper);

  it('opens with the day’s size, the tables not held and what recurs across tables', () => {
    const summary = mdSection(md, 'Sintesi dei risultati');
    expect(summary).toContain(
      '\nSi sono svolti 3 tavoli tematici, con 4 partecipanti, 11 contributi e 95 voti. ' +
        'Non si è svolto il tavolo “Competenze green”.\n',
    );
    expect(summary).toContain(
      '\n**Sintesi trasversale.** Tra i tavoli ricorrono soprattutto questi fabbisogni: ' +
        '“Data engineer” (2 tavoli) e “Programmatore PLC” (2 tavoli). Ricorrono in più tavoli ' +
        'queste proposte: “Percorsi ITS serali per lavoratori occupati” (2 tavoli).\n',
    );
    expect(summary).toContain(
      '\n**Talenti digitali.** I fabbisogni più votati sono “Data engineer” (8 voti), ' +
        '“Operatore logistico” (3 voti) e “Programmatori PLC” (1 voto).',
    );
    expect(summary).toContain('\n**Ceramica.** Il fabbisogno più votato è “Tecnico di smaltatura');
    expect(summary).not.toContain('**Competenze green.**');
  });

  it('counts the tables planned and held, and gives the range of dots per section', () => {
    const method = mdSection(md, 'Metodo di lavoro');
    expect(method).toContain(
      'Dei 4 tavoli tematici previsti se ne sono svolti 3, ciascuno guidato da un moderatore.',
    );
    expect(method).toContain('distribuisce da 3 a 5 punti, secondo il tavolo, in ciascuna sezione');
    expect(mdSection(toMarkdown(paper, 'en'), 'Method')).toContain(
      'spends from 3 to 5 dots, depending on the table, in each section',
    );
  });
});

describe('executive summary and method name nobody who did not consent', () => {
  it.each<[string, RoboticaOptions]>([
    ['a named table', {}],
    ['an anonymous table', { anonymous: { showOrganisations: false } }],
  ])('at %s, in Markdown and DOCX, in both languages', async (_, options) => {
    const table = roboticaTable(options);
    // The withheld authors wrote top-voted cards: "Tecnico di manutenzione predittiva" (Paolo)
    // and the top proposal (Paolo); the summary quotes those cards, never their authors.
    expect(JSON.stringify(table.board)).toContain(PAOLO.name);
    for (const paper of [
      tablePaper({ event: SKILLS_DAY, table }),
      eventPaper({ event: SKILLS_DAY, tables: [table, smallTable()] }),
    ]) {
      const texts = [
        mdSection(toMarkdown(paper), 'Sintesi dei risultati'),
        mdSection(toMarkdown(paper), 'Metodo di lavoro'),
        mdSection(toMarkdown(paper, 'en'), 'Executive summary'),
        mdSection(toMarkdown(paper, 'en'), 'Method'),
        ...(await docxSection(paper, 'Sintesi dei risultati')),
        ...(await docxSection(paper, 'Metodo di lavoro')),
      ].join('\n');
      expect(texts).toContain('Tecnico di manutenzione predittiva');
      for (const name of [...WITHHELD_NAMES, LAURA.name]) expect(texts).not.toContain(name);
      if (options.anonymous) expect(texts).not.toContain(PAOLO.organisation);
    }
  });
});
