import type { IsoDate } from '../dates';

/**
 * One movement on a bank statement, whatever file it came from (CSV, camt.053, OFX).
 * Plain data, so it can be shown on the review screen, kept in a store and sent over IPC.
 */
export type StatementLine = {
  /** Booking date (the day the bank put it on the account). */
  date: IsoDate;
  description: string;
  /** The other party's name, '' when the statement does not say. */
  payee: string;
  /** Signed minor units of the statement's currency: money in is positive, money out negative. */
  amount: number;
  /** The account's balance after this line, in minor units, when the statement has one. */
  balance?: number;
  /** The bank's reference text (document number, end-to-end id…), when there is one. */
  reference?: string;
  /**
   * The bank's own unique id for the transaction (OFX FITID, camt.053 AcctSvcrRef). When
   * present it alone identifies the line for "already imported", so a bank that rewords
   * descriptions between downloads does not cause duplicates.
   */
  transactionId?: string;
  /** 1 for the first of identical lines (same date, amount, description, reference) in the statement, 2 for the next… */
  occurrence: number;
  /** Stable id of the line for this bank account, see `fingerprint.ts`. */
  fingerprint: string;
  /** Where the line is in the file (1-based spreadsheet row, or entry number in XML/OFX), to point the user at it. */
  sourceRow: number;
};

/** The text encodings a statement file can be read in. 'windows-1252' is used only when a file declares it (OFX, XML). */
export const statementEncodings = ['utf-8', 'utf-8-bom', 'windows-1251', 'iso-8859-2', 'windows-1250', 'windows-1252'] as const;
export type StatementEncoding = (typeof statementEncodings)[number];

/** Why a file cannot be read as a statement at all; the renderer maps each code to a message. */
export const statementFileErrors = [
  'emptyFile',
  'binaryFile',
  'spreadsheetFile', // .xlsx / .xls: the user should export CSV from the bank or from Excel
  'pdfFile',
  'utf16File', // Excel's "Unicode text": save as "CSV UTF-8" instead
  'notAStatement', // XML/OFX that is not a bank statement we know
  'truncatedFile', // XML/OFX cut off before its end
  'malformedFile',
  'currencyMismatch', // the file's currency is not the bank account's
] as const;
export type StatementFileError = (typeof statementFileErrors)[number];

/** A problem in one cell (or row) of a statement: row is 1-based as a spreadsheet shows it, column 1-based. */
export type StatementRowError = {
  row: number;
  /** 1-based column, or null when the problem is the whole row. */
  column: number | null;
  /** The column's header text, when the file has a header row. */
  columnName?: string;
  /** Which part of the mapping the column was read for ('amount', 'date'…). */
  field?: string;
  code: StatementRowErrorCode;
  /** The offending cell text, to show the user. */
  text?: string;
};

export const statementRowErrorCodes = [
  'missingCell', // the row has fewer cells than the mapping needs: wrong bank's file, or cut off
  'emptyDate',
  'invalidDate', // not in the mapping's date format, or not a real day
  'emptyAmount',
  'invalidAmount', // text where a number should be, or a number not in the mapping's decimal style
  'tooManyDecimals', // more decimals than the currency has, and not just zeros
  'amountTooLarge',
  'bothDebitAndCredit',
  'unknownIndicator', // the debit/credit mark column holds something else
  'invalidBalance',
  'unclosedQuote', // a quoted cell never ends: usually a file cut off
  'invalidEntry', // XML/OFX: an entry without a date or amount
  'noTransactions', // nothing below the header: an empty file, or the mapping skips every row
] as const;
export type StatementRowErrorCode = (typeof statementRowErrorCodes)[number];

/** A running-balance row that does not follow from the previous one: a line missing, or a misread amount. */
export type BalanceBreak = { row: number; expected: number; found: number };

/** What reading a statement gave: lines only when there are no errors, so nothing half-read reaches the books. */
export type StatementParseResult = {
  lines: StatementLine[];
  errors: StatementRowError[];
  /** How many errors there were in all (the list keeps the first 100). */
  errorCount: number;
  balanceBreaks: BalanceBreak[];
};
