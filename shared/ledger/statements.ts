import type { AccountInTree } from './accounts';
import type { Bucket } from './buckets';
import { currenciesOf } from './totals';
import type { AccountType } from './types';

/**
 * One account of a statement section. `own` is the account's own amount and `total` adds
 * its sub-accounts, both in the section's natural sign (income and liabilities positive
 * when credit). `compare…` are the same for the comparison period or date.
 */
export type StatementRow = {
  accountId: string;
  path: string;
  name: string;
  code?: string;
  depth: number;
  own: number;
  total: number;
  compareOwn?: number;
  compareTotal?: number;
};

export type StatementSection = { type: AccountType; rows: StatementRow[]; total: number; compareTotal?: number };

/** Own amounts per account id, natural sign. */
export type OwnAmounts = ReadonlyMap<string, number>;

function totalsOf(type: AccountType, tree: readonly AccountInTree[], own: OwnAmounts): Map<string, number> {
  const totals = new Map<string, number>();
  const typeOf = new Map(tree.map(({ account }) => [account.id, account.type]));
  // Children come after their parents in tree order, so walking backwards finishes each
  // child before its parent takes it in.
  for (let index = tree.length - 1; index >= 0; index -= 1) {
    const { account } = tree[index]!;
    if (account.type !== type) continue;
    const total = (totals.get(account.id) ?? 0) + (own.get(account.id) ?? 0);
    totals.set(account.id, total);
    if (account.parentId !== null && typeOf.get(account.parentId) === type) {
      totals.set(account.parentId, (totals.get(account.parentId) ?? 0) + total);
    }
  }
  return totals;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The section of one account type, in chart order, leaving out accounts with nothing to show. */
export function statementSection(type: AccountType, tree: readonly AccountInTree[], own: OwnAmounts, compareOwn?: OwnAmounts): StatementSection {
  const totals = totalsOf(type, tree, own);
  const compareTotals = compareOwn ? totalsOf(type, tree, compareOwn) : undefined;
  const rows: StatementRow[] = [];
  for (const { account, path, depth } of tree) {
    if (account.type !== type) continue;
    const row: StatementRow = { accountId: account.id, path, name: account.name, depth, own: own.get(account.id) ?? 0, total: totals.get(account.id) ?? 0 };
    if (account.code !== undefined) row.code = account.code;
    if (compareOwn && compareTotals) {
      row.compareOwn = compareOwn.get(account.id) ?? 0;
      row.compareTotal = compareTotals.get(account.id) ?? 0;
    }
    if (row.own === 0 && row.total === 0 && !row.compareOwn && !row.compareTotal) continue;
    rows.push(row);
  }
  const ofType = (amounts: OwnAmounts) => sum(tree.filter(({ account }) => account.type === type).map(({ account }) => amounts.get(account.id) ?? 0));
  const section: StatementSection = { type, rows, total: ofType(own) };
  if (compareOwn) section.compareTotal = ofType(compareOwn);
  return section;
}

/**
 * The currencies a book's statements are drawn up in: the base currency first, then every
 * other currency that appears in the buckets, so no line is left out for being foreign.
 */
export function statementCurrencies(buckets: readonly Bucket[], baseCurrency: string): string[] {
  return [baseCurrency, ...currenciesOf(buckets).filter((currency) => currency !== baseCurrency)];
}
