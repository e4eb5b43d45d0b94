import type { BankRule, ColumnMapping, StatementEncoding } from '../../../shared/bank';
import type { IsoDate } from '../../../shared/dates';
import type { Timestamp } from './records';

/**
 * The stored records of bank work (database version 3): what the app remembers per bank
 * account so the next statement needs no questions, the rules, which statement lines are
 * already in the books, and the reconciliations.
 */

/** The column mapping and encoding last used for a bank account's CSV statements (key: accountId). */
export type BankMappingRecord = {
  accountId: string;
  mapping: ColumnMapping;
  encoding: StatementEncoding;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

/** A bank rule, with its place in the list (rules are tried in `order`, the first match wins). */
export type BankRuleRecord = BankRule & { order: number; createdAt: Timestamp; updatedAt: Timestamp };

/** One statement line that is in the books (key: its fingerprint, which names the account too). */
export type ImportedLineRecord = {
  fingerprint: string;
  accountId: string;
  /** The posted entry made from the line. */
  entryId: string;
  sourceRow: number;
  importedAt: Timestamp;
};

/** A posting on a bank account as reconciliation names it: `${entryId}:${lineIndex}`. */
export type PostingId = string;

/**
 * A bank reconciliation of one account up to a statement date. While open, `postingIds`
 * are the postings ticked so far; once finished, those are reconciled for good.
 */
export type ReconciliationRecord = {
  id: string;
  accountId: string;
  currency: string;
  statementDate: IsoDate;
  /** Minor units, money in positive. */
  closingBalance: number;
  /** The balance the previous finished reconciliation ended with (0 for the first). */
  openingBalance: number;
  postingIds: PostingId[];
  status: 'open' | 'finished';
  finishedAt?: Timestamp;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};
