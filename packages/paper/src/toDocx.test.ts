import { describe, expect, it } from 'vitest';
import { tablePaper } from './tablePaper.js';
import { readDocx, type DocxParagraph } from './testing/readDocx.js';
import { roboticaTable, SKILLS_DAY } from './testing/robotica.js';
import { toDocx } from './toDocx.js';

const paper = tablePaper({ event: SKILLS_DAY, table: roboticaTable() });
const styled = (paragraphs: readonly DocxParagraph[], style: string) =>
  paragraphs.filter((p) => p.style === style).map((p) => p.text);

describe('toDocx', () => {
  it('writes a title page, then headings in Word’s Heading 1–3 styles', async () => {
    const docx = await readDocx(await toDocx(paper));
    expect(styled(docx.paragraphs, 'Title')).toEqual(['Competenze per la robotica industriale']);
    expect(styled(docx.paragraphs, 'Heading1')).toEqual([
      'Sintesi dei risultati',
      'Contesto',
      'Metodo di lavoro',
      'Fabbisogni di competenze',
      'Dati e tendenze',
      'Proposte operative',
      'Conclusioni del moderatore',
      'Allegato: contributi e voti',
    ]);
    expect(styled(docx.paragraphs, 'Heading2')).toEqual([
      'Fabbisogni di competenze',
      'Dati e tendenze',
      'Proposte operative',
    ]);
    // The title page is its own section: the body starts on a new page; the annex is a third.
    const sections = docx.documentXml.match(/<w:sectPr/g) ?? [];
    expect(sections.length).toBe(3);
  });

  it('includes a table-of-contents field over Heading 1–3 that Word updates on opening', async () => {
    const docx = await readDocx(await toDocx(paper));
    expect(docx.documentXml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(docx.documentXml).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(docx.parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
  });

  it('writes the skill needs as a Word table, ranked by votes, groups as their own rows', async () => {
    const docx = await readDocx(await toDocx(paper));
    const needs = docx.tables[0]!;
    expect(needs[0]).toEqual([
      'N.',
      'Profilo',
      'Livello',
      'Orizzonte',
      'Assunzioni in 12 mesi',
      'Voti',
    ]);
    expect(needs.slice(1).map((row) => [row[0], row.at(-1)])).toEqual([
      ['1', '5'],
      ['1.1', '3'],
      ['1.2', '1'],
      ['2', '3'],
    ]);
    expect(needs[2]).toEqual([
      '1.1',
      'Programmatore PLC e robot — PLC Siemens, ROS; Digitale; Difficoltà di reperimento: Alta',
      'ITS Academy',
      'Subito',
      '4',
      '3',
    ]);
    expect(needs[1]![1]).toBe('Robotica e visione (gruppo)');
    expect(docx.documentXml).toMatch(/<w:gridSpan w:val="3"\/>/);
    expect(docx.documentXml).toMatch(/<w:tblHeader\/>/);
  });

  it('numbers ranked trends and proposals as Word lists, in ranking order', async () => {
    const docx = await readDocx(await toDocx(paper));
    // The method's five phases come first, as a numbered list of their own.
    const numbered = docx.paragraphs.filter((p) => p.numbering !== null).slice(5);
    expect(numbered.map((p) => p.text.split(' — ')[0])).toEqual([
      'Imprese che faticano a trovare tecnici di automazione: 62% (in crescita)',
      'Iscritti ai percorsi ITS di meccatronica: 1450 studenti (stabile)',
      'Voucher regionali per tirocini di laureandi in azienda',
      'Percorsi ITS serali per lavoratori già occupati',
    ]);
    // Each list is a list of its own, so proposals start again from 1.
    const lists = new Set(numbered.map((p) => p.numbering!.numId));
    expect(lists.size).toBe(2);
    expect(docx.parts['word/numbering.xml']).toContain('<w:lvlText w:val="%1.%2."/>');
  });

  it('puts the sources of data and trends in footnotes', async () => {
    const docx = await readDocx(await toDocx(paper));
    expect(docx.footnotes).toEqual([
      'Indagine Clust-ER MECH sui soci, 2024',
      'Fondazioni ITS Emilia-Romagna',
    ]);
    expect(docx.documentXml.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(2);
  });

  it('lists every contribution with its votes in the annex tables', async () => {
    const docx = await readDocx(await toDocx(paper));
    const annexNeeds = docx.tables[1]!;
    expect(annexNeeds[0]).toEqual(['Rif.', 'Contributo', 'Dettagli', 'Gruppo', 'Voti', 'Autore']);
    expect(annexNeeds.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['1.1', 'Programmatore PLC e robot', '3'],
      ['1.2', 'Esperto di visione artificiale', '1'],
      ['2', 'Tecnico di manutenzione predittiva', '3'],
      ['', 'Tecnici per la manutenzione predittiva (duplicato unito a 2)', '1'],
    ]);
    // The needs were commented on: their comments follow, under the contribution's reference,
    // credited as the privacy rules allow (Paolo declined to be named).
    expect(docx.tables[2]).toEqual([
      ['Rif.', 'Commento', 'Autore'],
      ['1.1', 'Serve anche la sicurezza funzionale.', 'Automazioni Modenesi'],
    ]);
    expect(docx.tables).toHaveLength(5);
  });

  it('puts the annex on landscape pages, its tables as wide as them and no word broken', async () => {
    const docx = await readDocx(await toDocx(paper));
    const xml = docx.documentXml;
    const pageSizes = [...xml.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(pageSizes).toHaveLength(3);
    expect(pageSizes[1]).toContain('w:w="11906" w:h="16838" w:orient="portrait"');
    expect(pageSizes[2]).toContain('w:w="16838" w:h="11906" w:orient="landscape"');
    // A section's properties close it: the annex heading opens the landscape one.
    const annex = xml.indexOf('Allegato: contributi e voti</w:t>', xml.indexOf('Heading1'));
    expect(xml.lastIndexOf('w:orient="portrait"')).toBeLessThan(annex);
    expect(xml.indexOf('w:orient="landscape"')).toBeGreaterThan(annex);

    const grids = [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) =>
      [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])),
    );
    const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
    expect(grids.map(sum)).toEqual([9026, 13958, 13958, 13958, 13958]);
    // Each annex column holds its longest word at 9 pt (about 100 twips a character).
    docx.tables.slice(1).forEach((table, t) => {
      table[0]!.forEach((_, c) => {
        const longest = Math.max(
          ...table.flatMap((row) => row[c]!.split(/[\s-]+/).map((w) => w.length)),
        );
        expect(grids[t + 1]![c]!).toBeGreaterThanOrEqual(longest * 100);
      });
    });
  });

  it('writes English headings, document language and properties on request', async () => {
    const bytes = await toDocx(paper, 'en');
    const docx = await readDocx(bytes);
    expect(styled(docx.paragraphs, 'Heading1')).toContain('Skill needs');
    expect(docx.tables[0]![0]).toEqual([
      'No.',
      'Profile',
      'Level',
      'Horizon',
      'Hires in 12 months',
      'Votes',
    ]);
    expect(docx.parts['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
    expect(docx.parts['docProps/core.xml']).toContain(
      '<dc:title>Competenze per la robotica industriale</dc:title>',
    );
  });
});
