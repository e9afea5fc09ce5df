import { describe, expect, it } from 'vitest';
import { contributionRows } from './contributionRows.js';
import { tablePaper } from './tablePaper.js';
import { HOSTILE, hostileTable } from './testing/injection.js';
import { parseCsv } from './testing/parseCsv.js';
import { roboticaTable, SKILLS_DAY } from './testing/robotica.js';
import { csvField, neutraliseFormula, toCsv } from './toCsv.js';

const paper = tablePaper({ event: SKILLS_DAY, table: roboticaTable() });
const records = (csv: string) => parseCsv(csv.replace(/^\uFEFF/, ''));
const byHeader = (csv: string) => {
  const [header, ...rows] = records(csv);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
};

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark, so Excel reads accents right', () => {
    const bytes = new TextEncoder().encode(toCsv(paper));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(toCsv(paper)).toContain('Università di Modena e Reggio Emilia');
  });

  it('writes RFC 4180: one header and one CRLF-terminated record per contribution', () => {
    const csv = toCsv(paper);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/); // no bare line feeds outside fields
    const [header, ...rows] = records(csv);
    expect(rows).toHaveLength(contributionRows(paper).length);
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  it('reads back every typed field, group, votes and credit, with labels in Italian', () => {
    const rows = byHeader(toCsv(paper));
    expect(rows.map((r) => [r['Sezione'], r['Rif.'], r['Testo'], r['Voti']])).toEqual([
      ['Fabbisogni di competenze', '1.1', 'Programmatore PLC e robot', '3'],
      ['Fabbisogni di competenze', '1.2', 'Esperto di visione artificiale', '1'],
      ['Fabbisogni di competenze', '2', 'Tecnico di manutenzione predittiva', '3'],
      ['Fabbisogni di competenze', '2', 'Tecnici per la manutenzione predittiva', '1'],
      ['Dati e tendenze', '1', 'Imprese che faticano a trovare tecnici di automazione', '2'],
      ['Dati e tendenze', '2', 'Iscritti ai percorsi ITS di meccatronica', '1'],
      ['Proposte operative', '1', 'Voucher regionali per tirocini di laureandi in azienda', '3'],
      ['Proposte operative', '2', 'Percorsi ITS serali per lavoratori già occupati', '2'],
    ]);
    expect(rows[0]).toMatchObject({
      Tavolo: 'Competenze per la robotica industriale',
      'Tipo di contributo': 'Fabbisogno di competenze',
      Competenze: 'PLC Siemens; ROS',
      'Tipo di competenza': 'Digitale',
      Livello: 'ITS Academy',
      Orizzonte: 'Subito',
      'Assunzioni in 12 mesi': '4',
      'Difficoltà di reperimento': 'Alta',
      Evidenze: 'Tre posizioni aperte da oltre sei mesi.',
      Gruppo: 'Robotica e visione',
      'Unito a': '',
      Autore: 'Laura Bassi',
      Organizzazione: 'Officine Meccaniche Reggiane',
      ID: 'n1',
    });
    expect(rows[3]).toMatchObject({ 'Unito a': '2', Autore: '', ID: 'n3' });
    expect(rows[4]).toMatchObject({
      Dato: '62',
      Unità: '%',
      Andamento: 'In crescita',
      Fonte: 'Indagine Clust-ER MECH sui soci, 2024',
    });
    expect(rows[7]).toMatchObject({
      'Chi deve agire': 'ITS e scuole; Imprese',
      Strumento: 'Formazione',
      Tempi: '1–2 anni',
      'Risponde a': '1.1; 2',
    });
  });

  it('writes English headers and enumerations on request, from rows as well as papers', () => {
    const rows = byHeader(toCsv(contributionRows(paper), 'en'));
    expect(rows[0]).toMatchObject({
      Section: 'Skill needs',
      'Kind of contribution': 'Skill need',
      Level: 'ITS Academy',
      Horizon: 'Now',
      'Difficulty to find': 'High',
    });
    expect(rows[7]).toMatchObject({ 'Who should act': 'ITS and schools; Companies' });
  });

  it('neutralises formula injection and quotes what RFC 4180 requires', () => {
    const hostile = tablePaper({ event: SKILLS_DAY, table: hostileTable() });
    const rows = byHeader(toCsv(hostile));
    const texts = Object.fromEntries(rows.map((r) => [r['ID'], r['Testo']]));
    expect(texts).toEqual({
      h1: `'${HOSTILE.equals}`,
      h2: `'${HOSTILE.plus}`,
      h3: `'${HOSTILE.minus}`,
      h4: `'${HOSTILE.at}`,
      h5: HOSTILE.quoted,
      h6: HOSTILE.multiline,
    });
    expect(rows.find((r) => r['ID'] === 'h4')!['Fonte']).toBe("'-fonte interna");
    expect(rows.every((r) => r['Organizzazione'] === "'=Impresa Sala")).toBe(true);
    // Our own numbers are data, not formulas: a negative figure stays a number.
    expect(rows.find((r) => r['ID'] === 'h3')!['Dato']).toBe('-20');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@A1', "'@A1"],
    ['\t=1', "'\t=1"],
    ['a=1', 'a=1'],
    ['', ''],
  ])('neutraliseFormula(%j) is %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    [-3.5, '-3.5'],
    [null, ''],
  ])('csvField(%j) is %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});
