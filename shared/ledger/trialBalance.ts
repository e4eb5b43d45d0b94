import type { FiscalYearStart, IsoDate } from '../dates';
import { accountTree, type AccountInTree } from './accounts';
import type { Bucket } from './buckets';
import { carryEarlierYears } from './fiscalOpening';
import { sumBuckets, type AccountTotals } from './totals';
import type { Account, AccountType } from './types';

/** What every balance report starts from: the chart and the buckets of posted amounts. */
export type ReportInput = { accounts: readonly Account[]; buckets: readonly Bucket[] };

/** Amounts are debit-positive minor units: opening + debit − credit = closing. */
export type TrialBalanceRow = {
  accountId: string;
  path: string;
  code?: string;
  depth: number;
  type: AccountType;
  currency: string;
  opening: number;
  debit: number;
  credit: number;
  closing: number;
  /** The result of earlier fiscal years in a book without a retained-earnings account (`accountId` is ''). */
  earlierYearsResult?: true;
};

/** Per currency; `balanced` when opening and closing add to zero and debits equal credits. */
export type TrialBalanceTotals = { currency: string; opening: number; debit: number; credit: number; closing: number; balanced: boolean };

export type TrialBalance = { from?: IsoDate; to: IsoDate; rows: TrialBalanceRow[]; totals: TrialBalanceTotals[] };

/** Tree position of every account, for ordering rows; throws for an account not in the chart. */
export function treeIndex(accounts: readonly Account[]): { position: Map<string, number>; tree: AccountInTree[] } {
  const tree = accountTree(accounts);
  return { tree, position: new Map(tree.map((node, index) => [node.account.id, index])) };
}

export function unknownAccount(accountId: string): Error {
  return new Error(`Postings name an account that is not in the chart: ${accountId}`);
}

/** Rows in chart order (then by currency); throws for an account not in the chart. */
export function sortByTree<T extends { accountId: string; currency: string }>(rows: T[], position: ReadonlyMap<string, number>): T[] {
  for (const row of rows) if (!position.has(row.accountId)) throw unknownAccount(row.accountId);
  return rows.sort((a, b) => position.get(a.accountId)! - position.get(b.accountId)! || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

/**
 * Opening balance before `from` (none when `from` is left open), debits and credits from
 * `from` to `to`, and closing balance, per account with any of them non-zero. Given the
 * `fiscalYearStart`, income and expenses open the fiscal year of `from` at zero and earlier
 * years' result opens on retained earnings (see `carryEarlierYears`); buckets must then not
 * straddle that year's start either.
 */
export function trialBalance(input: ReportInput & { from?: IsoDate; to: IsoDate; fiscalYearStart?: FiscalYearStart }): TrialBalance {
  const { position, tree } = treeIndex(input.accounts);
  let totalsRows = sumBuckets(input.buckets, { from: input.from, to: input.to });
  if (input.from !== undefined && input.fiscalYearStart !== undefined) {
    totalsRows = carryEarlierYears(totalsRows, { accounts: input.accounts, buckets: input.buckets, from: input.from, fiscalYearStart: input.fiscalYearStart });
  }
  const earlier = totalsRows.filter((row) => row.accountId === '');
  const rows = [...sortByTree(totalsRows.filter((row) => row.accountId !== ''), position), ...earlier].map((row: AccountTotals): TrialBalanceRow => {
    if (row.accountId === '') {
      return { accountId: '', path: '', depth: 0, type: 'equity', currency: row.currency, opening: row.opening, debit: 0, credit: 0, closing: row.opening, earlierYearsResult: true };
    }
    const { account, path, depth } = tree[position.get(row.accountId)!]!;
    const out: TrialBalanceRow = {
      accountId: row.accountId,
      path,
      depth,
      type: account.type,
      currency: row.currency,
      opening: row.opening,
      debit: row.debit,
      credit: row.credit,
      closing: row.opening + row.debit - row.credit,
    };
    if (account.code !== undefined) out.code = account.code;
    return out;
  });

  const byCurrency = new Map<string, TrialBalanceTotals>();
  for (const row of rows) {
    const total = byCurrency.get(row.currency) ?? { currency: row.currency, opening: 0, debit: 0, credit: 0, closing: 0, balanced: true };
    total.opening += row.opening;
    total.debit += row.debit;
    total.credit += row.credit;
    total.closing += row.closing;
    byCurrency.set(row.currency, total);
  }
  const totals = [...byCurrency.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
  for (const total of totals) total.balanced = total.opening === 0 && total.closing === 0 && total.debit === total.credit;
  const report: TrialBalance = { to: input.to, rows, totals };
  if (input.from !== undefined) report.from = input.from;
  return report;
}
