import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PaperError } from './PaperError.js';
import { tablePaper } from './tablePaper.js';
import { MODERATOR, roboticaTable, SKILLS_DAY } from './testing/robotica.js';
import { TableBuilder } from './testing/TableBuilder.js';
import { escapeMarkdown, toMarkdown } from './toMarkdown.js';
import type { PaperLanguage } from './Paper.js';

const golden = (name: string) =>
  readFileSync(new URL(`./__golden__/${name}`, import.meta.url), 'utf8');

describe('toMarkdown', () => {
  it('writes the robotics table exactly as the golden draft', () => {
    const paper = tablePaper({ event: SKILLS_DAY, table: roboticaTable() });
    expect(toMarkdown(paper)).toBe(golden('robotica.it.md'));
  });

  it('writes titles, labels and enumerations in English on request', () => {
    const paper = tablePaper({ event: SKILLS_DAY, table: roboticaTable() });
    const md = toMarkdown(paper, 'en');
    for (const heading of [
      '## Context',
      '## Skill needs',
      '## Data and trends',
      '## Operational proposals',
      '## Moderator’s conclusions',
      '## Annex: contributions and votes',
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toContain('- **Date:** 12 May 2025');
    expect(md).toContain('| 1.1 | Programmatore PLC e robot _— PLC Siemens, ROS; Digital; ');
    expect(md).toContain('| ITS Academy | Now | 4 | 3 |');
    expect(md).toContain('62% (rising)[^1] _— 2 votes_');
    expect(md).toContain('Who should act: Region, Universities; Instrument: Incentives');
    // No Italian label survives: contributors' own words stay as written.
    for (const italian of ['Fabbisogni di competenze', 'Subito', ' voti', 'Risponde a', 'maggio']) {
      expect(md).not.toContain(italian);
    }
  });

  it('refuses a language it does not know, with a code', () => {
    const paper = tablePaper({ event: SKILLS_DAY, table: roboticaTable() });
    expect(() => toMarkdown(paper, 'fr' as PaperLanguage)).toThrow(
      expect.objectContaining({ code: 'unknown_language' }),
    );
    expect(() => toMarkdown(paper, 'fr' as PaperLanguage)).toThrow(PaperError);
  });

  it('keeps contributors’ text from turning into Markdown structure', () => {
    const t = new TableBuilder('t', 'Tavolo', MODERATOR);
    t.card(MODERATOR, 'n1', 'needs', '| Tecnico | *urgente* |');
    t.conclude('1. Primo punto\n\n- secondo punto\n\n# non un titolo');
    const md = toMarkdown(
      tablePaper({ event: SKILLS_DAY, table: { title: 'T', cluster: '', area: '', ...t.parts() } }),
    );
    expect(md).toContain('| 1 | \\| Tecnico \\| \\*urgente\\* \\| |');
    expect(md).toContain('\n1\\. Primo punto\n');
    expect(md).toContain('\n\\- secondo punto\n');
    expect(md).toContain('\n\\# non un titolo\n');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['**bold**', '\\*\\*bold\\*\\*'],
    ['riga uno\nriga due', 'riga uno riga due'],
    ['<script>', '\\<script\\>'],
    ['a | b', 'a \\| b'],
  ])('%j -> %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
