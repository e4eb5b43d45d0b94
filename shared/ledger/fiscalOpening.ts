import { dayBefore, fiscalYearOf, type FiscalYearStart, type IsoDate } from '../dates';
import { accountWithRole } from './accounts';
import type { Bucket } from './buckets';
import { sumBuckets, type AccountTotals } from './totals';
import type { Account } from './types';

/**
 * Openings as of a date in a fiscal year, the way accountants read them: income and expense
 * accounts start the year at zero and what they held from earlier years (their result, less
 * any year-end close already posted) opens on retained earnings instead, per currency, without
 * posting anything. With no retained-earnings account that result gets a row of its own
 * (`accountId` ''). Buckets must not straddle the fiscal year's start.
 */
export function carryEarlierYears(
  rows: readonly AccountTotals[],
  input: { accounts: readonly Account[]; buckets: readonly Bucket[]; from: IsoDate; fiscalYearStart: FiscalYearStart },
): AccountTotals[] {
  const yearStart = fiscalYearOf(input.from, input.fiscalYearStart).start;
  const resultAccounts = new Set(input.accounts.filter((account) => account.type === 'income' || account.type === 'expense').map((account) => account.id));
  // Closing postings stay in: a year already closed leaves nothing here, so nothing is counted twice.
  const earlier = sumBuckets(input.buckets, { to: dayBefore(yearStart) }).filter((row) => resultAccounts.has(row.accountId));
  if (earlier.length === 0) return [...rows];

  const key = (accountId: string, currency: string) => `${accountId}\u0000${currency}`;
  const out = new Map(rows.map((row) => [key(row.accountId, row.currency), { ...row }]));
  const carried = new Map<string, number>();
  for (const row of earlier) {
    const net = row.debit - row.credit;
    if (net === 0) continue;
    const line = out.get(key(row.accountId, row.currency));
    if (line) line.opening -= net;
    carried.set(row.currency, (carried.get(row.currency) ?? 0) + net);
  }
  const retainedId = accountWithRole(input.accounts, 'retainedEarnings')?.id ?? '';
  for (const [currency, net] of carried) {
    if (net === 0) continue;
    const line = out.get(key(retainedId, currency));
    if (line) line.opening += net;
    else out.set(key(retainedId, currency), { accountId: retainedId, currency, opening: net, debit: 0, credit: 0 });
  }
  return [...out.values()].filter((row) => row.opening !== 0 || row.debit !== 0 || row.credit !== 0);
}
