import { describe, expect, it } from 'vitest';
import {
  asciiSlug,
  contentDisposition,
  paperFileName,
  TITLE_LENGTH,
  unicodeSlug,
} from './paperFileName.js';

describe('paperFileName', () => {
  it('names a paper after its title and date, in ASCII and in Unicode', () => {
    expect(paperFileName('Attrattività e permanenza dei talenti', '2025-05-12', 'docx')).toEqual({
      ascii: 'position-paper-attrattivita-e-permanenza-dei-talenti-2025-05-12.docx',
      unicode: 'position-paper-attrattività-e-permanenza-dei-talenti-2025-05-12.docx',
    });
  });

  it.each([
    ['Competenze per la robotica industriale', 'competenze-per-la-robotica-industriale'],
    ['  Skills Intelligence — Emilia/Romagna 2025!  ', 'skills-intelligence-emilia-romagna-2025'],
    ['Straße, Øresund & Łódź', 'strasse-oresund-lodz'],
    ['Fabbisogni "ITS" <script>', 'fabbisogni-its-script'],
    ['../../etc/passwd', 'etc-passwd'],
    ['技能', ''],
  ])('%j has the ASCII slug %j', (title, slug) => {
    expect(asciiSlug(title)).toBe(slug);
  });

  it('keeps whole words only, however long the title', () => {
    const title =
      'Competenze per la digitalizzazione, l’intelligenza artificiale e i big data nelle ' +
      'imprese manifatturiere dell’Emilia-Romagna';
    const slug = asciiSlug(title);
    expect(slug.length).toBeLessThanOrEqual(TITLE_LENGTH);
    expect(slug).toBe('competenze-per-la-digitalizzazione-l-intelligenza');
    const words = title.toLowerCase().split(/[^a-z]+/);
    for (const word of slug.split('-')) expect(words).toContain(word);
    expect(unicodeSlug(title)).toBe('competenze-per-la-digitalizzazione-l-intelligenza');
  });

  it('cuts a single word longer than the limit, which no reader would recognise anyway', () => {
    expect(asciiSlug('x'.repeat(100))).toBe('x'.repeat(TITLE_LENGTH));
  });

  it('leaves out a title with no letters to keep', () => {
    expect(paperFileName('', '2025-05-12', 'md').ascii).toBe('position-paper-2025-05-12.md');
    expect(paperFileName('技能', '2025-05-12', 'md')).toEqual({
      ascii: 'position-paper-2025-05-12.md',
      unicode: 'position-paper-技能-2025-05-12.md',
    });
  });
});

describe('contentDisposition', () => {
  it('gives the ASCII name in filename and the UTF-8 one, percent-encoded, in filename*', () => {
    const header = contentDisposition(paperFileName('Città (sostenibile)', '2025-05-12', 'csv'));
    expect(header).toBe(
      'attachment; filename="position-paper-citta-sostenibile-2025-05-12.csv"; ' +
        "filename*=UTF-8''position-paper-citt%C3%A0-sostenibile-2025-05-12.csv",
    );
    // Only header-safe ASCII: no quotes, separators or controls from a title get through.
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });
});
