import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tableExportSchema, type TableExport } from '../../../shared/export';
import type { Dialogs } from '../dialogs';
import { saveTableExport } from './export-service';

const table: TableExport = {
  title: 'Trial balance 2026',
  columns: [
    { kind: 'text', header: 'Account' },
    { kind: 'date', header: 'Date' },
    { kind: 'amount', header: 'Debit', currency: 'EUR' },
    { kind: 'amount', header: 'Balance', currency: 'HUF' },
  ],
  rows: [
    ['Bank: Számla "fő"', '2026-03-31', 123456789, -150000],
    ['Касса', '2026-12-31', 5, null],
  ],
};

let folder: string;
const dialogAt = (path: string | null): Dialogs => ({ chooseSavePath: async () => path });

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'export-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('saveTableExport', () => {
  it('writes CSV with exact decimals, a BOM and quoted text, at the chosen path', async () => {
    const result = await saveTableExport(dialogAt(join(folder, 'tb')), 'csv', table);
    expect(result).toEqual({ saved: true, fileName: 'tb.csv' });
    const text = await readFile(join(folder, 'tb.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(parsed).toEqual([
      ['Account', 'Date', 'Debit', 'Balance'],
      ['Bank: Számla "fő"', '2026-03-31', '1234567.89', '-150000'],
      ['Касса', '2026-12-31', '0.05', ''],
    ]);
  });

  it('writes dates in the region the table names: 03/12/2026 in Ireland, in CSV and as the XLSX date format', async () => {
    const irish: TableExport = { ...table, rows: [['Bank', '2026-12-03', 100, null]], locale: 'en-IE' };
    await saveTableExport(dialogAt(join(folder, 'ie')), 'csv', irish);
    const parsed = Papa.parse<string[]>((await readFile(join(folder, 'ie.csv'), 'utf8')).slice(1).trim()).data;
    expect(parsed[1]).toEqual(['Bank', '03/12/2026', '1.00', '']);
    await saveTableExport(dialogAt(join(folder, 'ie.xlsx')), 'xlsx', irish);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, 'ie.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getColumn(2).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('B2').value).toEqual(new Date('2026-12-03T00:00:00Z'));
  });

  it('writes XLSX with numbers, dates and number formats that read back the same', async () => {
    await saveTableExport(dialogAt(join(folder, 'tb.xlsx')), 'xlsx', table);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, 'tb.xlsx'));
    const sheet = workbook.getWorksheet('Trial balance 2026')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Account', 'Date', 'Debit', 'Balance']);
    expect(sheet.getCell('A2').value).toBe('Bank: Számla "fő"');
    expect((sheet.getCell('B2').value as Date).toISOString()).toBe('2026-03-31T00:00:00.000Z');
    expect(sheet.getCell('C2').value).toBe(1234567.89);
    expect(sheet.getCell('C2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('D2').value).toBe(-150000);
    expect(sheet.getCell('D2').numFmt).toBe('#,##0');
    expect(sheet.getCell('C3').value).toBe(0.05);
  });

  // Payees and memos come from bank statements that others write.
  const register: TableExport = {
    title: 'Account register',
    columns: [
      { kind: 'text', header: 'Payee' },
      { kind: 'text', header: 'Memo' },
      { kind: 'amount', header: 'Amount', currency: 'EUR' },
    ],
    rows: [
      ['=HYPERLINK("http://evil.example","Refund")', '@SUM(A1:A9)', -1250],
      ['+36 1 234 5678', '-2+3', 120050],
    ],
  };

  it('writes CSV text that looks like a formula escaped, and negative amounts as numbers', async () => {
    await saveTableExport(dialogAt(join(folder, 'register.csv')), 'csv', register);
    const lines = (await readFile(join(folder, 'register.csv'), 'utf8')).slice(1).split('\r\n');
    expect(lines).toEqual([
      'Payee,Memo,Amount',
      `"'=HYPERLINK(""http://evil.example"",""Refund"")","'@SUM(A1:A9)",-12.50`,
      `"'+36 1 234 5678","'-2+3",1200.50`,
      '',
    ]);
  });

  it('writes XLSX text that looks like a formula as text, never as a formula', async () => {
    await saveTableExport(dialogAt(join(folder, 'register.xlsx')), 'xlsx', register);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, 'register.xlsx'));
    const sheet = workbook.getWorksheet('Account register')!;
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A2').value).toBe('=HYPERLINK("http://evil.example","Refund")');
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('C2').value).toBe(-12.5);
    // No cell of the sheet carries a formula (<f>) in the file itself.
    const files = unzipSync(new Uint8Array(await readFile(join(folder, 'register.xlsx'))));
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).toContain('<c r="A2"');
    expect(sheetXml).not.toMatch(/<f[ >]/);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await saveTableExport(dialogAt(null), 'xlsx', table)).toEqual({ saved: false });
    expect(await readdir(folder)).toEqual([]);
  });

  it('reports a folder that cannot be written as IO_ERROR naming the file', async () => {
    await expect(saveTableExport(dialogAt(join(folder, 'missing', 'tb.csv')), 'csv', table)).rejects.toMatchObject({
      code: 'IO_ERROR',
      details: { fileName: 'tb.csv' },
    });
  });
});

describe('tableExportSchema', () => {
  it('refuses rows that do not fit their columns', () => {
    const bad = { ...table, rows: [['x', 'not a date', '12', 5], ['only one cell']] };
    const result = tableExportSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['rows.0.1', 'rows.0.2', 'rows.1']);
    expect(tableExportSchema.safeParse({ ...table, rows: [['x', null, 1.5, null]] }).success).toBe(false);
  });
});
