import { describe, expect, it } from 'vitest';
import { eventPaper } from './eventPaper.js';
import { shortened } from './layout/layoutChart.js';
import { tablePaper } from './tablePaper.js';
import { emptyTable } from './testing/emptyTable.js';
import { readDocx } from './testing/readDocx.js';
import { MODERATOR, roboticaTable, SKILLS_DAY } from './testing/robotica.js';
import { TableBuilder } from './testing/TableBuilder.js';
import { largeTable, smallTable } from './testing/twoTables.js';
import { toDocx } from './toDocx.js';
import { toMarkdown } from './toMarkdown.js';

/** The charts of a DOCX: each one's alt text, and the categories and values it plots. */
async function charts(bytes: Uint8Array) {
  const { parts, documentXml } = await readDocx(bytes);
  const altTexts = [...documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"[^>]*>/g)].map(
    (m) => m[1]!,
  );
  const plotted = Object.keys(parts)
    .filter((path) => /^word\/charts\/chart\d+\.xml$/.test(path))
    .sort()
    .map((path) => {
      const xml = parts[path]!;
      const points = (tag: 'c:cat' | 'c:val') =>
        [
          ...(xml.match(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`))?.[0] ?? '').matchAll(
            /<c:v>([^<]*)<\/c:v>/g,
          ),
        ].map((m) => m[1]!);
      return {
        bar: xml.includes('<c:barDir val="bar"/>'),
        labels: points('c:cat'),
        values: points('c:val'),
      };
    });
  return { altTexts, plotted, inline: documentXml.match(/<c:chart /g)?.length ?? 0 };
}

describe('the chart of the top-voted items', () => {
  it('is a native Word bar chart of the table’s top-voted needs, with alt text', async () => {
    const paper = tablePaper({ event: SKILLS_DAY, table: roboticaTable() });
    const { altTexts, plotted, inline } = await charts(await toDocx(paper));
    expect(inline).toBe(1);
    expect(plotted).toEqual([
      {
        bar: true,
        labels: ['Robotica e visione', 'Tecnico di manutenzione predittiva'],
        values: ['5', '3'],
      },
    ]);
    expect(altTexts).toEqual([
      'Grafico a barre dei voti ricevuti nella sezione Fabbisogni di competenze: ' +
        'Robotica e visione: 5 voti; Tecnico di manutenzione predittiva: 3 voti.',
    ]);
    const en = await charts(await toDocx(paper, 'en'));
    expect(en.altTexts[0]).toBe(
      'Bar chart of the votes received in the section Skill needs: ' +
        'Robotica e visione: 5 votes; Tecnico di manutenzione predittiva: 3 votes.',
    );
  });

  it('opens the needs section, above the ranking, in Markdown as a small table', () => {
    const md = toMarkdown(tablePaper({ event: SKILLS_DAY, table: roboticaTable() }));
    expect(md).toContain(
      '## Fabbisogni di competenze\n\n' +
        '**Voti ricevuti — Fabbisogni di competenze**\n\n' +
        '| Fabbisogno di competenze | Voti |\n| --- | ---: |\n' +
        '| Robotica e visione | 5 |\n| Tecnico di manutenzione predittiva | 3 |\n\n| N. |',
    );
  });

  it('is drawn once for each table that voted, in an event paper', async () => {
    const paper = eventPaper({
      event: SKILLS_DAY,
      tables: [roboticaTable(), emptyTable(), largeTable(), smallTable()],
    });
    const { altTexts, plotted } = await charts(await toDocx(paper));
    expect(plotted.map((c) => c.labels[0])).toEqual([
      'Robotica e visione',
      'Saldatore specializzato',
      'Data engineer',
    ]);
    expect(altTexts).toHaveLength(3);
  });

  it('shows the eight most voted, says how many more there are, and skips unvoted tables', async () => {
    const t = new TableBuilder('molti', 'Molti fabbisogni', MODERATOR);
    const counts: Record<string, number> = {};
    for (let i = 1; i <= 10; i++) {
      t.card(MODERATOR, `n${i}`, 'needs', `Profilo ${i}`);
      counts[`n${i}`] = 11 - i;
    }
    t.vote(counts);
    const many = tablePaper({
      event: SKILLS_DAY,
      table: { title: '', cluster: '', area: '', ...t.close() },
    });
    const { altTexts, plotted } = await charts(await toDocx(many));
    expect(plotted[0]!.labels).toHaveLength(8);
    expect(altTexts[0]).toMatch(
      /Profilo 8: 3 voti\. Altre 2 voci, con meno voti, non sono nel grafico\.$/,
    );
    expect(toMarkdown(many)).toContain('**Voti ricevuti — Fabbisogni di competenze (i primi 8)**');

    const unvoted = new TableBuilder('nessuno', 'Senza voti', MODERATOR);
    unvoted.card(MODERATOR, 'n1', 'needs', 'Saldatore');
    const quiet = tablePaper({
      event: SKILLS_DAY,
      table: { title: '', cluster: '', area: '', ...unvoted.close() },
    });
    expect((await charts(await toDocx(quiet))).inline).toBe(0);
    expect(toMarkdown(quiet)).not.toContain('Voti ricevuti');
  });
});

describe('shortened', () => {
  it.each([
    ['Programmatore PLC', 20, 'Programmatore PLC'],
    ['Tecnico di manutenzione predittiva', 20, 'Tecnico di…'],
    ['Internazionalizzazione', 10, 'Internazi…'],
    ['Uno, due, tre quattro', 11, 'Uno, due…'],
  ])('%j in %i characters is %j', (text, limit, short) => {
    expect(shortened(text, limit)).toBe(short);
    expect(shortened(text, limit).length).toBeLessThanOrEqual(limit);
  });
});
