import Papa from 'papaparse';
import { dateFormatsFitting } from './statement-dates';

/**
 * Reading a bank's CSV into rows of cells, and finding where its table starts. Banks put
 * title lines (account number, period) above the header, use ';' where the decimal mark is
 * a comma, and quote cells that contain the delimiter; papaparse handles the quoting.
 */
export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export type CsvRows = {
  delimiter: CsvDelimiter;
  /** Every record of the file, blank ones included, so row numbers match what a spreadsheet shows (row = index + 1). */
  rows: string[][];
  /** 1-based rows where a quoted cell never closes: the file was probably cut off there. */
  unclosedQuoteRows: number[];
};

/** Splits CSV text into records; the delimiter is detected unless given. */
export function readCsvRows(text: string, delimiter?: CsvDelimiter): CsvRows {
  const chosen = delimiter ?? detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter: chosen, skipEmptyLines: false, header: false });
  const rows = parsed.data;
  // papaparse adds one empty record for the line break that ends the file.
  if (rows.length > 0 && isBlankRow(rows[rows.length - 1] ?? [])) rows.pop();
  const unclosedQuoteRows = parsed.errors.filter((e) => e.code === 'MissingQuotes').map((e) => (e.row ?? rows.length - 1) + 1);
  return { delimiter: chosen, rows, unclosedQuoteRows };
}

export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/**
 * The delimiter that splits the first rows into the same number of cells most often (and
 * into more than one). Title lines above the table count against every candidate alike.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; rows: number; cells: number } = { delimiter: ',', rows: 0, cells: 0 };
  for (const delimiter of csvDelimiters) {
    const rows = Papa.parse<string[]>(text, { delimiter, preview: 40, skipEmptyLines: true }).data;
    const counts = new Map<number, number>();
    for (const row of rows) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    for (const [cells, count] of counts) {
      if (count > best.rows || (count === best.rows && cells > best.cells)) best = { delimiter, rows: count, cells };
    }
  }
  return best.delimiter;
}

const numberLike = /^[-+\u2212(]?\s*[\d\s.,'\u00a0\u202f]*\d[\d\s.,'\u00a0\u202f]*\)?[-\u2212]?$/;
const hasLetter = /\p{L}/u;

/** True for a cell that reads as a date in one of the statement formats. */
export function looksLikeDate(cell: string): boolean {
  return cell.trim() !== '' && dateFormatsFitting([cell]).length > 0;
}

/** True for a cell that could be an amount (a currency code or sign around it is fine). */
export function looksLikeAmount(cell: string): boolean {
  const bare = cell.trim().replace(/^[A-Z]{3}\s*|\s*[A-Z]{3}$|\s*(Ft|₽|руб\.?|\$|€|£)$|^(\$|€|£)\s*/g, '');
  return bare !== '' && numberLike.test(bare) && !looksLikeDate(bare);
}

function looksLikeData(row: readonly string[]): boolean {
  return row.some(looksLikeDate) && row.some(looksLikeAmount);
}

export type TableStart = {
  /** Records above the header (or above the first data row when there is no header). */
  skipRows: number;
  hasHeader: boolean;
};

/**
 * Where the statement's table begins: the first row that looks like a transaction (a date
 * and an amount), and the row above it if that one reads like column titles.
 */
export function findTableStart(rows: readonly string[][]): TableStart {
  const firstData = rows.findIndex((row, i) => i < 60 && looksLikeData(row));
  if (firstData < 0) {
    // No transactions found: take the first row with several filled cells as the header.
    const header = rows.findIndex((row) => row.filter((cell) => cell.trim() !== '').length > 1);
    return { skipRows: Math.max(header, 0), hasHeader: header >= 0 };
  }
  let above = firstData - 1;
  while (above >= 0 && isBlankRow(rows[above] ?? [])) above -= 1;
  const candidate = rows[above];
  const width = rows[firstData]?.length ?? 0;
  const titles = candidate?.filter((cell) => cell.trim() !== '') ?? [];
  const isHeader =
    candidate !== undefined &&
    candidate.length >= width - 1 &&
    titles.length >= 2 &&
    titles.every((cell) => hasLetter.test(cell) && !looksLikeDate(cell) && !looksLikeAmount(cell));
  return isHeader ? { skipRows: above, hasHeader: true } : { skipRows: firstData, hasHeader: false };
}

export type StatementPreview = {
  delimiter: CsvDelimiter;
  skipRows: number;
  hasHeader: boolean;
  /** Column titles; empty when the file has no header row. */
  header: string[];
  /** The table's width: the most common number of cells in a data row. */
  columnCount: number;
  /** The first data rows, to show under the column pickers. */
  rows: string[][];
  /** All data rows, for guessing the mapping from values. */
  dataRowCount: number;
};

/** What the column-mapping step shows: the header and the first rows of the table. */
export function previewStatement(text: string, options: { delimiter?: CsvDelimiter; rowCount?: number } = {}): StatementPreview {
  const { delimiter, rows } = readCsvRows(text, options.delimiter);
  const start = findTableStart(rows);
  const header = start.hasHeader ? (rows[start.skipRows] ?? []).map((cell) => cell.trim()) : [];
  const data = rows.slice(start.skipRows + (start.hasHeader ? 1 : 0)).filter((row) => !isBlankRow(row));
  const widths = new Map<number, number>();
  for (const row of data) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
  const columnCount = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? header.length;
  return {
    delimiter,
    skipRows: start.skipRows,
    hasHeader: start.hasHeader,
    header,
    columnCount: Math.max(columnCount, header.length),
    rows: data.slice(0, options.rowCount ?? 10),
    dataRowCount: data.length,
  };
}
