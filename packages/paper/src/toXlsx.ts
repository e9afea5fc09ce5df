import ExcelJS from 'exceljs';
import { rowsOf, type ContributionRow } from './contributionRows.js';
import {
  CONTRIBUTION_COLUMNS,
  contributionHeaders,
  contributionValues,
} from './contributionTable.js';
import { labelsFor } from './labels.js';
import type { Paper, PaperLanguage } from './Paper.js';

/**
 * Every contribution as an Excel workbook: one sheet, one row each, numbers as numbers, the
 * header frozen and filterable. Contributors' text is stored as string cells, which Excel
 * never evaluates, so text starting with "=" stays text without any prefix.
 */
export async function toXlsx(
  input: Paper | readonly ContributionRow[],
  language: PaperLanguage = 'it',
): Promise<Uint8Array> {
  const labels = labelsFor(language);
  const rows = rowsOf(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tavolo';
  const sheet = workbook.addWorksheet(labels.sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = contributionHeaders(labels).map((header, i) => ({
    header,
    width: CONTRIBUTION_COLUMNS[i]!.width,
  }));
  for (const row of rows) sheet.addRow(contributionValues(row, labels));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: CONTRIBUTION_COLUMNS.length },
  };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
