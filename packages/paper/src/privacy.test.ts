import { describe, expect, it } from 'vitest';
import { eventPaper } from './eventPaper.js';
import type { Paper } from './Paper.js';
import { tablePaper } from './tablePaper.js';
import { allText } from './testing/readDocx.js';
import {
  LAURA,
  MARCO,
  PAOLO,
  roboticaTable,
  SKILLS_DAY,
  WITHHELD_NAMES,
} from './testing/robotica.js';
import type { RoboticaOptions } from './testing/robotica.js';
import { toCsv } from './toCsv.js';
import { toDocx } from './toDocx.js';
import { toMarkdown } from './toMarkdown.js';
import { toXlsx } from './toXlsx.js';

const ORGANISATIONS = [LAURA.organisation, PAOLO.organisation, MARCO.organisation];

/** Every rendering of a paper, in both languages, as searchable text (packages unzipped). */
async function everyOutput(paper: Paper): Promise<Record<string, string>> {
  const out: Record<string, string> = { model: JSON.stringify(paper) };
  for (const lang of ['it', 'en'] as const) {
    out[`md-${lang}`] = toMarkdown(paper, lang);
    out[`csv-${lang}`] = toCsv(paper, lang);
    out[`docx-${lang}`] = await allText(await toDocx(paper, lang));
    out[`xlsx-${lang}`] = await allText(await toXlsx(paper, lang));
  }
  return out;
}

async function outputsFor(options: RoboticaOptions = {}) {
  const table = roboticaTable(options);
  return {
    table: await everyOutput(tablePaper({ event: SKILLS_DAY, table })),
    event: await everyOutput(eventPaper({ event: SKILLS_DAY, tables: [table] })),
  };
}

function expectNowhere(outputs: Record<string, string>, needles: readonly string[]) {
  for (const [format, text] of Object.entries(outputs)) {
    for (const needle of needles) {
      expect(text.includes(needle), `${needle} in ${format}`).toBe(false);
    }
  }
}

function expectEverywhere(outputs: Record<string, string>, needles: readonly string[]) {
  for (const [format, text] of Object.entries(outputs)) {
    for (const needle of needles) {
      expect(text.includes(needle), `${needle} missing from ${format}`).toBe(true);
    }
  }
}

describe('privacy in every format', () => {
  it('names only people who consented; never one who declined or never registered', async () => {
    // The input knows them (this directory is the whole catalogue's, not the export's cut, and
    // the board read through it names every author): the paper is what must leave them out.
    const input = JSON.stringify(roboticaTable());
    expect(input).toContain(PAOLO.name);
    expect(input).toContain(MARCO.name);
    const { table, event } = await outputsFor();
    // Paolo declined, Marco and the moderator were never asked.
    expectNowhere(table, WITHHELD_NAMES);
    expectNowhere(event, WITHHELD_NAMES);
    expectEverywhere(table, [LAURA.name, ...ORGANISATIONS]);
    expectEverywhere(event, [LAURA.name, ...ORGANISATIONS]);
  });

  it('at an anonymous table names nobody, not even those who consented', async () => {
    const { table, event } = await outputsFor({ anonymous: { showOrganisations: true } });
    expectNowhere(table, [LAURA.name, ...WITHHELD_NAMES]);
    expectNowhere(event, [LAURA.name, ...WITHHELD_NAMES]);
    // The moderator allowed organisations, so they stay.
    expectEverywhere(table, ORGANISATIONS);
    expectEverywhere(event, ORGANISATIONS);
  });

  it('at an anonymous table without organisations hides every organisation too', async () => {
    const { table, event } = await outputsFor({ anonymous: { showOrganisations: false } });
    expectNowhere(table, [LAURA.name, ...WITHHELD_NAMES, ...ORGANISATIONS]);
    expectNowhere(event, [LAURA.name, ...WITHHELD_NAMES, ...ORGANISATIONS]);
    expect(table['md-it']).toContain('Tavolo anonimo: le organizzazioni non sono indicate.');
    expect(table['md-en']).toContain('Anonymous table: organisations are not shown.');
    // The contributions themselves are all still there.
    expectEverywhere(table, [
      'Programmatore PLC e robot',
      'Tecnici per la manutenzione predittiva',
    ]);
  });

  it('credits nobody the directory does not list, not even with the board’s reading', async () => {
    const table = roboticaTable();
    const { laura: _laura, ...people } = table.people;
    const paper = tablePaper({ event: SKILLS_DAY, table: { ...table, people } });
    const outputs = await everyOutput(paper);
    // The board was read with Laura's name and organisation: the paper goes by the directory.
    expect(JSON.stringify(table.board)).toContain(LAURA.name);
    expectNowhere(outputs, [LAURA.name, LAURA.organisation, ...WITHHELD_NAMES]);
    expectEverywhere(outputs, [PAOLO.organisation, MARCO.organisation]);
  });

  it('keeps the moderator’s organisation switch out of a table that is not anonymous', async () => {
    // showOrganisations only applies in anonymous mode: a named table always shows them.
    const table = roboticaTable();
    const board = { ...table.board, showOrganisations: false };
    const paper = tablePaper({ event: SKILLS_DAY, table: { ...table, board } });
    expect(paper.tables[0]!.organisations).toEqual(
      [...ORGANISATIONS].sort((a, b) => a.localeCompare(b, 'it')),
    );
  });
});
