import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { contributionRows } from './contributionRows.js';
import { tablePaper } from './tablePaper.js';
import { HOSTILE, hostileTable } from './testing/injection.js';
import { roboticaTable, SKILLS_DAY } from './testing/robotica.js';
import { toXlsx } from './toXlsx.js';

async function readSheet(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Record<string, ExcelJS.Cell>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1)])));
  }
  return { sheet, header, rows };
}

const paper = tablePaper({ event: SKILLS_DAY, table: roboticaTable() });

describe('toXlsx', () => {
  it('writes one row per contribution under a frozen, bold header', async () => {
    const { sheet, header, rows } = await readSheet(await toXlsx(paper));
    expect(sheet.name).toBe('Contributi');
    expect(header.slice(0, 5)).toEqual([
      'Tavolo',
      'Sezione',
      'Tipo di contributo',
      'Rif.',
      'Testo',
    ]);
    expect(rows).toHaveLength(contributionRows(paper).length);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows.map((r) => r['ID']!.value)).toEqual([
      'n1',
      'n4',
      'n2',
      'n3',
      't1',
      't2',
      'p2',
      'p1',
    ]);
  });

  it('keeps numbers as numbers and empty fields empty', async () => {
    const { rows } = await readSheet(await toXlsx(paper));
    const plc = rows[0]!;
    expect(plc['Assunzioni in 12 mesi']!.value).toBe(4);
    expect(plc['Assunzioni in 12 mesi']!.type).toBe(ExcelJS.ValueType.Number);
    expect(plc['Voti']!.value).toBe(3);
    expect(plc['Dato']!.value).toBeNull();
    expect(rows[4]!['Dato']!.value).toBe(62);
    expect(plc['Livello']!.value).toBe('ITS Academy');
    expect(plc['Autore']!.value).toBe('Laura Bassi');
    expect(rows[2]!['Autore']!.value).toBeNull(); // Paolo declined to be named
    expect(rows[2]!['Organizzazione']!.value).toBe('Automazioni Modenesi');
  });

  it('stores contributors’ formula-like text as plain strings, never as formulas', async () => {
    const hostile = tablePaper({ event: SKILLS_DAY, table: hostileTable() });
    const { rows } = await readSheet(await toXlsx(hostile));
    const h1 = rows.find((r) => r['ID']!.value === 'h1')!;
    expect(h1['Testo']!.type).toBe(ExcelJS.ValueType.String);
    expect(h1['Testo']!.value).toBe(HOSTILE.equals);
    expect(h1['Testo']!.formula).toBeUndefined();
    const texts = rows.map((r) => r['Testo']!.value);
    expect(texts).toContain(HOSTILE.multiline);
    expect(rows.every((r) => r['Testo']!.type === ExcelJS.ValueType.String)).toBe(true);
  });

  it('writes English headers and enumerations on request', async () => {
    const { sheet, rows } = await readSheet(await toXlsx(contributionRows(paper), 'en'));
    expect(sheet.name).toBe('Contributions');
    expect(rows[0]!['Horizon']!.value).toBe('Now');
    expect(rows[4]!['Direction']!.value).toBe('Rising');
  });
});
