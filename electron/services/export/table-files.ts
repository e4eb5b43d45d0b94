import ExcelJS from 'exceljs';
import { minorDigits, decimalTextOf } from '../../../shared/money';
import type { ExportCell, ExportColumn, TableExport } from '../../../shared/export';
import { csvText } from '../../../shared/export/csv';
import { formatShortDate, spreadsheetDatePattern } from '../../../shared/dates/format';

/**
 * A cell as CSV text: amounts as plain decimals with a dot, so any spreadsheet sums them;
 * dates in the office's regional short form (03/12/2026 in Ireland), so they read as the
 * screen does, or ISO when the table names no region.
 */
function csvCell(cell: ExportCell, column: ExportColumn, locale: string | undefined): string | null {
  if (cell === null) return null;
  if (column.kind === 'amount') return decimalTextOf(BigInt(cell), minorDigits(column.currency));
  if (column.kind === 'date' && locale) return formatShortDate(cell as string, locale);
  return String(cell);
}

/** UTF-8 with a BOM, so Excel opens Cyrillic and Hungarian text correctly. */
export function tableToCsv(table: TableExport): Uint8Array {
  const text = csvText(
    table.columns.map((column) => column.header),
    table.columns.map((column) => (column.kind === 'amount' ? 'number' : 'text')),
    table.rows.map((row) => row.map((cell, index) => csvCell(cell, table.columns[index]!, table.locale))),
  );
  return new TextEncoder().encode(`\uFEFF${text}`);
}

function numberFormat(digits: number): string {
  return digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`;
}

function xlsxCell(cell: ExportCell, column: ExportColumn): string | number | Date | null {
  if (cell === null) return null;
  if (column.kind === 'amount') return Number(decimalTextOf(BigInt(cell), minorDigits(column.currency)));
  if (column.kind === 'date') return new Date(`${cell as string}T00:00:00Z`);
  return cell;
}

/** Excel forbids these in sheet names and caps them at 31 characters. */
function sheetName(title: string): string {
  return title.replace(/[\\/*?:[\]]/g, ' ').slice(0, 31).trim() || 'Report';
}

export async function tableToXlsx(table: TableExport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.kind === 'text' ? 36 : 16,
    style:
      column.kind === 'amount'
        ? { numFmt: numberFormat(minorDigits(column.currency)) }
        : column.kind === 'date'
          ? { numFmt: table.locale ? spreadsheetDatePattern(table.locale) : 'yyyy-mm-dd' }
          : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell, index) => xlsxCell(cell, table.columns[index]!)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
