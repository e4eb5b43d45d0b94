import { readStatementAmount, type AmountError } from './amounts';
import { checkRunningBalance } from './balance';
import { isBlankRow, readCsvRows } from './csv';
import { fingerprintLines } from './fingerprint';
import { validateMapping, type ColumnMapping } from './mapping';
import { readStatementDate } from './statement-dates';
import type { StatementLine, StatementParseResult, StatementRowError, StatementRowErrorCode } from './types';

const errorLimit = 100;
const creditMarks = ['J', 'C', 'CR', 'CRDT', 'CREDIT', 'К', 'КТ', '+'];

type UnnumberedLine = Omit<StatementLine, 'occurrence' | 'fingerprint'>;

/**
 * Reads a CSV statement's text with a column mapping into statement lines of `currency`,
 * fingerprinted for `accountId`. All or nothing: if any row does not fit the mapping (a
 * different bank's file, text in an amount cell, a file cut off), the result has the errors,
 * each naming its row and column, and no lines, so a half-read statement never reaches the
 * books. Throws only for a mapping that `validateMapping` refuses (the form must not allow one).
 */
export function parseStatement(text: string, mapping: ColumnMapping, currency: string, accountId: string): StatementParseResult {
  if (validateMapping(mapping).length > 0) throw new RangeError('parseStatement needs a valid column mapping; check it with validateMapping first.');
  const { rows, unclosedQuoteRows } = readCsvRows(text, mapping.delimiter);
  const header = mapping.hasHeader ? (rows[mapping.skipRows] ?? []).map((cell) => cell.trim()) : [];
  const first = mapping.skipRows + (mapping.hasHeader ? 1 : 0);
  const end = rows.length - (mapping.skipTrailingRows ?? 0);

  const errors: StatementRowError[] = [];
  const report = (row: number, column: number | null, field: string | undefined, code: StatementRowErrorCode, cellText?: string) => {
    const error: StatementRowError = { row, column: column === null ? null : column + 1, code };
    const title = column === null ? undefined : header[column];
    if (title) error.columnName = title;
    if (field) error.field = field;
    if (cellText !== undefined) error.text = cellText;
    errors.push(error);
  };
  for (const row of unclosedQuoteRows) report(row, null, undefined, 'unclosedQuote');

  const lines: UnnumberedLine[] = [];
  for (let index = first; index < end; index += 1) {
    const cells = rows[index] ?? [];
    if (isBlankRow(cells)) continue;
    const line = readRow(cells, index + 1, mapping, currency, report);
    if (line) lines.push(line);
  }
  if (lines.length === 0 && errors.length === 0) report(Math.min(first, rows.length) + 1, null, undefined, 'noTransactions');

  if (errors.length > 0) return { lines: [], errors: errors.slice(0, errorLimit), errorCount: errors.length, balanceBreaks: [] };
  const { breaks } = checkRunningBalance(lines);
  return { lines: fingerprintLines(lines, accountId), errors: [], errorCount: 0, balanceBreaks: breaks };
}

type Report = (row: number, column: number | null, field: string | undefined, code: StatementRowErrorCode, text?: string) => void;

/** One row as a line, or null after reporting what is wrong with it. */
function readRow(cells: string[], row: number, mapping: ColumnMapping, currency: string, report: Report): UnnumberedLine | null {
  let ok = true;
  const cell = (column: number, field: string): string | null => {
    if (column >= cells.length) {
      report(row, column, field, 'missingCell');
      ok = false;
      return null;
    }
    return (cells[column] ?? '').trim();
  };
  const amountOf = (column: number, field: string, allowEmpty: boolean, text = cell(column, field)): number | null => {
    if (text === null) return null;
    if (text === '' && allowEmpty) return null;
    const reading = readStatementAmount(text, mapping.decimalStyle, currency);
    if (reading.ok) return reading.minor;
    report(row, column, field, field === 'balance' && reading.error !== 'emptyAmount' ? 'invalidBalance' : amountCode(reading.error), text);
    ok = false;
    return null;
  };

  const dateText = cell(mapping.date, 'date');
  const date = dateText ? readStatementDate(dateText, mapping.dateFormat) : null;
  if (dateText === '') report(row, mapping.date, 'date', 'emptyDate');
  else if (dateText !== null && date === null) report(row, mapping.date, 'date', 'invalidDate', dateText);
  if (date === null) ok = false;

  const description = [mapping.description, ...(mapping.extraDescription ?? [])]
    .map((column) => cell(column, 'description'))
    .filter((text): text is string => !!text)
    .join(' ');
  const payee = mapping.payee === undefined ? '' : (cell(mapping.payee, 'payee') ?? '');
  const reference = mapping.reference === undefined ? '' : (cell(mapping.reference, 'reference') ?? '');

  let amount: number | null = null;
  const a = mapping.amount;
  if (a.kind === 'signed') {
    amount = amountOf(a.column, 'amount', false);
  } else if (a.kind === 'debitCredit') {
    const [debitText, creditText] = [cell(a.debit, 'debit'), cell(a.credit, 'credit')];
    const debit = amountOf(a.debit, 'debit', true, debitText);
    const credit = amountOf(a.credit, 'credit', true, creditText);
    if (debitText === '' && creditText === '') {
      report(row, a.debit, 'debit', 'emptyAmount');
      ok = false;
    } else if (debit && credit) {
      report(row, a.credit, 'credit', 'bothDebitAndCredit', creditText ?? '');
      ok = false;
    } else {
      amount = (credit ?? 0) - Math.abs(debit ?? 0);
    }
  } else {
    const value = amountOf(a.column, 'amount', false);
    const markText = cell(a.indicator, 'indicator');
    const mark = (markText ?? '').toUpperCase();
    const isDebit = a.debitMarks.some((m) => m.toUpperCase() === mark);
    if (markText !== null && !isDebit && !creditMarks.includes(mark)) {
      report(row, a.indicator, 'indicator', 'unknownIndicator', markText);
      ok = false;
    }
    if (value !== null) amount = isDebit ? -Math.abs(value) : Math.abs(value);
  }
  const balance = mapping.balance === undefined ? null : amountOf(mapping.balance, 'balance', true);

  if (!ok || date === null || amount === null) return null;
  const line: UnnumberedLine = { date, description, payee, amount: mapping.invertSign ? -amount || 0 : amount || 0, sourceRow: row };
  if (balance !== null) line.balance = balance;
  if (reference !== '') line.reference = reference;
  return line;
}

function amountCode(error: AmountError): StatementRowErrorCode {
  return error;
}
