import Papa from 'papaparse';

/**
 * CSV for spreadsheets, written the same way by the app's exports and the command-line
 * tool. Text in a report comes partly from others (payees and memos from bank statements,
 * suppliers' names), and a spreadsheet runs a cell starting with =, +, - or @ (or a tab or
 * carriage return) as a formula. Such text gets a leading apostrophe and quotes, the
 * escape papaparse's `escapeFormulae` and OWASP use. Number cells are plain decimals
 * ("-12.50") and are never escaped, so the spreadsheet can still sum them.
 */

/** 'number': a plain decimal the app wrote; 'text': anything else, escaped when it looks like a formula. */
export type CsvColumnKind = 'text' | 'number';

const formulaStart = /^[=+\-@\t\r]/;

/** Text as a spreadsheet will show it, never run: a leading apostrophe before a formula's first character. */
export function spreadsheetText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** An escaped cell is also quoted, as papaparse's `escapeFormulae` writes it. */
const isEscaped = (value: unknown) => typeof value === 'string' && value.startsWith("'") && formulaStart.test(value.slice(1));

/** RFC 4180 text with CRLF line ends (the last line too); null cells are empty. */
export function csvText(header: readonly string[], kinds: readonly CsvColumnKind[], rows: readonly (readonly (string | null)[])[]): string {
  const body = Papa.unparse(
    {
      fields: header.map(spreadsheetText),
      data: rows.map((row) => row.map((cell, column) => (cell === null ? '' : kinds[column] === 'number' ? cell : spreadsheetText(cell)))),
    },
    { newline: '\r\n', quotes: isEscaped },
  );
  return `${body}\r\n`;
}
