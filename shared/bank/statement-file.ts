import { isIsoDate, type IsoDate } from '../dates';
import { readStatementAmount } from './amounts';
import { fingerprintLines } from './fingerprint';
import type { StatementFileError, StatementLine, StatementParseResult, StatementRowError } from './types';

/**
 * What structured statement files (camt.053, OFX) give, beyond CSV's lines: the account,
 * its currency and the bank's opening and closing balances, which the import checks the
 * lines against and reconciliation can start from.
 */
export type ParsedStatement = StatementParseResult & {
  /** The account as the bank names it (IBAN, or the OFX ACCTID). */
  account: string;
  currency: string;
  statementId?: string;
  openingBalance?: number;
  closingBalance?: number;
  closingDate?: IsoDate;
  /** Set when opening balance + lines ≠ closing balance: the file is incomplete or misread. */
  totalsMismatch?: { expected: number; found: number };
  /** Entries the bank marks as not booked (pending, information only): not imported. */
  skippedEntries: number;
};

export type StatementFileResult =
  | { ok: true; statements: ParsedStatement[] }
  | { ok: false; error: StatementFileError; /** 1-based line of the file, when known. */ line?: number; detail?: string };

export type RawEntry = Omit<StatementLine, 'occurrence' | 'fingerprint'>;

/** A decimal with a dot ("1234.56", "-12.5") in minor units of the currency, or null. */
export function readDotDecimal(text: string | undefined, currency: string): number | null {
  if (text === undefined || !/^\s*[-+]?\d*(\.\d*)?\s*$/.test(text)) return null;
  const reading = readStatementAmount(text, '1,234.56', currency);
  return reading.ok ? reading.minor : null;
}

/** The date part of "2026-03-05", "2026-03-05T10:00:00+01:00" or OFX's "20260305120000[-5:EST]". */
export function readFileDate(text: string | undefined): IsoDate | null {
  const t = (text ?? '').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})/.exec(t);
  if (!iso) return null;
  const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
  return isIsoDate(date) ? date : null;
}

/** Assembles one statement: all-or-nothing lines, fingerprints, and the balance check. */
export function finishStatement(
  base: Omit<ParsedStatement, keyof StatementParseResult | 'totalsMismatch'>,
  entries: RawEntry[],
  errors: StatementRowError[],
  accountId: string,
): ParsedStatement {
  if (errors.length > 0) return { ...base, lines: [], errors: errors.slice(0, 100), errorCount: errors.length, balanceBreaks: [] };
  const statement: ParsedStatement = { ...base, lines: fingerprintLines(entries, accountId), errors: [], errorCount: 0, balanceBreaks: [] };
  if (base.openingBalance !== undefined && base.closingBalance !== undefined) {
    const expected = entries.reduce((sum, line) => sum + line.amount, base.openingBalance);
    if (expected !== base.closingBalance) statement.totalsMismatch = { expected, found: base.closingBalance };
  }
  return statement;
}
