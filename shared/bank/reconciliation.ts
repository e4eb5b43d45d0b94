import { isIsoDate, type IsoDate } from '../dates';

/**
 * Bank reconciliation: the user enters the statement's date and closing balance and ticks
 * the book's postings on the bank account that the statement shows. When the ticked
 * postings bring the last reconciled balance to the statement's closing balance, the
 * books and the bank agree, and those postings are marked reconciled. Amounts are minor
 * units of the bank account's currency, money in positive.
 */

export type ReconciliationPosting = {
  /** The posting's id as the ledger knows it (opaque here). */
  id: string;
  date: IsoDate;
  amount: number;
  cleared: boolean;
};

export type ReconciliationInput = {
  statementDate: IsoDate;
  closingBalance: number;
  /** The balance at the end of the last finished reconciliation (0 for the first). */
  openingBalance: number;
  /** The account's postings not yet reconciled. */
  postings: readonly ReconciliationPosting[];
};

export type ReconciliationState = {
  /** Opening balance plus the ticked postings. */
  clearedBalance: number;
  /** Statement closing balance minus cleared balance: what is still unexplained. */
  difference: number;
  canFinish: boolean;
  clearedCount: number;
  clearedDeposits: number;
  clearedPayments: number;
  /** Ticked postings dated after the statement date: the bank cannot have seen them yet. */
  clearedAfterStatementDate: string[];
};

/** The figures the reconciliation screen shows as the user ticks postings. */
export function reconciliationState(input: ReconciliationInput): ReconciliationState {
  checkAmounts(input);
  let deposits = 0;
  let payments = 0;
  let count = 0;
  const late: string[] = [];
  for (const posting of input.postings) {
    if (!posting.cleared) continue;
    count += 1;
    if (posting.amount >= 0) deposits += posting.amount;
    else payments += posting.amount;
    if (posting.date > input.statementDate) late.push(posting.id);
  }
  const clearedBalance = input.openingBalance + deposits + payments;
  const difference = input.closingBalance - clearedBalance;
  return {
    clearedBalance,
    difference,
    canFinish: difference === 0 && isIsoDate(input.statementDate),
    clearedCount: count,
    clearedDeposits: deposits,
    clearedPayments: payments,
    clearedAfterStatementDate: late,
  };
}

export type FinishedReconciliation =
  | { ok: true; reconciledPostingIds: string[]; reconciledBalance: number; statementDate: IsoDate }
  | { ok: false; error: 'differenceNotZero'; difference: number }
  | { ok: false; error: 'invalidStatementDate' };

/**
 * The postings to mark reconciled and the balance the next reconciliation starts from.
 * Refuses while any difference is left: a reconciliation that does not agree is not one.
 */
export function finishReconciliation(input: ReconciliationInput): FinishedReconciliation {
  if (!isIsoDate(input.statementDate)) return { ok: false, error: 'invalidStatementDate' };
  const state = reconciliationState(input);
  if (state.difference !== 0) return { ok: false, error: 'differenceNotZero', difference: state.difference };
  return {
    ok: true,
    reconciledPostingIds: input.postings.filter((p) => p.cleared).map((p) => p.id),
    reconciledBalance: state.clearedBalance,
    statementDate: input.statementDate,
  };
}

/** Not user input but the app's own numbers: a non-integer is a bug, so it throws. */
function checkAmounts(input: ReconciliationInput): void {
  const amounts = [input.closingBalance, input.openingBalance, ...input.postings.map((p) => p.amount)];
  if (!amounts.every(Number.isSafeInteger)) throw new RangeError('Reconciliation amounts must be safe integers of minor units.');
}
