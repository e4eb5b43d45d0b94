import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
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
