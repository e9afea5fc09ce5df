import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventPaper } from './eventPaper.js';
import { convertToPdf, requireSoffice } from './testing/libreOffice.js';
import { roboticaTable, SKILLS_DAY } from './testing/robotica.js';
import { toDocx } from './toDocx.js';

/** The document title LibreOffice writes into the PDF's info dictionary. */
function pdfTitle(pdf: string): string | null {
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(pdf)?.[1];
  if (hex !== undefined) {
    let title = '';
    for (let i = 0; i + 3 < hex.length; i += 4) {
      title += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    }
    return title;
  }
  return /\/Title\s*\(([^)]*)\)/.exec(pdf)?.[1] ?? null;
}

describe('toDocx in LibreOffice', () => {
  let soffice = '';
  let dir = '';

  beforeAll(() => {
    soffice = requireSoffice();
    dir = mkdtempSync(join(tmpdir(), 'tavolo-paper-pdf-'));
  }, 20 * 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'converts an event paper to a non-empty PDF with a title page and a landscape annex',
    async () => {
      const paper = eventPaper({ event: SKILLS_DAY, tables: [roboticaTable()] });
      const file = join(dir, 'paper.docx');
      writeFileSync(file, await toDocx(paper));

      const pdfPath = convertToPdf(soffice, file, join(dir, 'out'), join(dir, 'profile'));

      expect(statSync(pdfPath).size).toBeGreaterThan(0);
      const pdf = readFileSync(pdfPath).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdfTitle(pdf)).toBe('Skills Intelligence Emilia-Romagna');
      // The title page is a section of its own, so there is always a page after it.
      expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
      // A4 pages both ways: portrait for the body, landscape (842 × 595 pt) for the annex.
      const pageBox = (width: number, height: number) =>
        new RegExp(`/MediaBox\\s*\\[\\s*0 0 ${width}(\\.\\d+)? ${height}(\\.\\d+)?\\s*\\]`);
      expect(pdf).toMatch(pageBox(595, 841));
      expect(pdf).toMatch(pageBox(841, 595));
    },
    5 * 60_000,
  );
});
