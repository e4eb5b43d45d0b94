import { decodeStatement, isBlankRow, readCsvRows, type StatementEncoding } from '../bank';

/**
 * A catalog file (CSV or XLSX) read into a header and data rows. CSV goes through the bank
 * import's encoding detection (a Russian supplier's list in Windows-1251 reads right) and
 * papaparse; XLSX through exceljs, loaded only when a spreadsheet is opened.
 */

/** A catalog is a few thousand lines; 20 MB is a mistake (an archive, a database dump). */
export const catalogFileLimit = 20 * 1024 * 1024;
/** More rows than any office catalog; the preview and the write stay responsive below it. */
export const catalogRowLimit = 50_000;

export type CatalogFileError = 'tooLarge' | 'emptyFile' | 'binaryFile' | 'pdfFile' | 'utf16File' | 'unreadableSpreadsheet' | 'noRows' | 'tooManyRows';

export type CatalogSheet = {
  kind: 'csv' | 'xlsx';
  /** The file's encoding (CSV only). */
  encoding?: StatementEncoding;
  /** Some bytes did not fit the encoding: the user should pick another one. */
  replacedCharacters?: boolean;
  headers: string[];
  /** Data rows as the file has them, each with its row number as a spreadsheet shows it. */
  rows: { row: number; cells: string[] }[];
};

export type CatalogFileResult = { ok: true; sheet: CatalogSheet } | { ok: false; error: CatalogFileError };

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => zipSignature.every((b, i) => bytes[i] === b);

/** Reads the file's bytes; an XLSX by its zip signature, anything else as CSV text. */
export async function readCatalogFile(bytes: Uint8Array, encoding?: StatementEncoding): Promise<CatalogFileResult> {
  if (bytes.length > catalogFileLimit) return { ok: false, error: 'tooLarge' };
  if (isZip(bytes)) return readXlsx(bytes);
  return readCsv(bytes, encoding);
}

function readCsv(bytes: Uint8Array, encoding: StatementEncoding | undefined): CatalogFileResult {
  const decoded = decodeStatement(bytes, encoding);
  if (!decoded.ok) {
    const error = decoded.error === 'spreadsheetFile' ? 'unreadableSpreadsheet' : decoded.error;
    return { ok: false, error: error === 'emptyFile' || error === 'binaryFile' || error === 'pdfFile' || error === 'utf16File' || error === 'unreadableSpreadsheet' ? error : 'binaryFile' };
  }
  const csv = readCsvRows(decoded.text);
  const table = tableOf(csv.rows.map((cells, index) => ({ row: index + 1, cells })));
  if (!table.ok) return table;
  return { ok: true, sheet: { kind: 'csv', encoding: decoded.encoding, replacedCharacters: decoded.warnings.includes('replacedBytes'), ...table.sheet } };
}

/** The first non-blank row is the header; blank rows below it are dropped. */
function tableOf(rows: { row: number; cells: string[] }[]): { ok: true; sheet: Pick<CatalogSheet, 'headers' | 'rows'> } | { ok: false; error: CatalogFileError } {
  const filled = rows.filter((row) => !isBlankRow(row.cells));
  const [header, ...data] = filled;
  if (!header || data.length === 0) return { ok: false, error: 'noRows' };
  if (data.length > catalogRowLimit) return { ok: false, error: 'tooManyRows' };
  return { ok: true, sheet: { headers: header.cells.map((cell) => cell.trim()), rows: data } };
}

type CellValue = unknown;

/** A cell as the text the user sees: rich text joined, a formula's result, a date as yyyy-MM-dd. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
  }
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<CatalogFileResult> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs takes an ArrayBuffer in the browser and a Buffer-like in Node; a copy of the bytes serves both.
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch {
    return { ok: false, error: 'unreadableSpreadsheet' };
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) return { ok: false, error: 'noRows' };
  if (sheet.rowCount > catalogRowLimit + 1000) return { ok: false, error: 'tooManyRows' };
  const rows: { row: number; cells: string[] }[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column += 1) cells.push(cellText(row.getCell(column).value).trim());
    rows.push({ row: number, cells });
  });
  const table = tableOf(rows);
  if (!table.ok) return table;
  return { ok: true, sheet: { kind: 'xlsx', ...table.sheet } };
}
