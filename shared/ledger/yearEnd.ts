import { fiscalYearOf, type FiscalYear, type FiscalYearStart, type IsoDate } from '../dates';
import { accountTree } from './accounts';
import { dayAfter } from './periods';
import type { Bucket } from './buckets';
import { sumBuckets } from './totals';
import type { Account, EntryLine, JournalEntry, Stamp } from './types';

/**
 * The year-end close of a fiscal year: one entry dated the year's last day that brings
 * every income and expense account's balance of that year to zero and puts the difference
 * (the year's result) on retained earnings, per currency. Null when there is nothing to close.
 * Buckets must not straddle the fiscal year's start or end. Earlier closes of the year (and
 * their reversals) are counted, so a year closed again only moves what is left.
 */
export function yearEndCloseEntry(input: {
  accounts: readonly Account[];
  buckets: readonly Bucket[];
  fiscalYear: FiscalYear;
  retainedEarningsAccountId: string;
  /** The entry's currency (the company's base currency); lines in others name theirs. */
  currency: string;
  number: string;
  stamp: Stamp;
  memo?: string;
}): JournalEntry | null {
  const { fiscalYear, currency } = input;
  const closed = new Set(input.accounts.filter((account) => account.type === 'income' || account.type === 'expense').map((account) => account.id));
  const order = new Map(accountTree(input.accounts).map(({ account }, index) => [account.id, index]));
  const rows = sumBuckets(input.buckets, { from: fiscalYear.start, to: fiscalYear.end })
    .filter((row) => closed.has(row.accountId) && row.debit !== row.credit)
    .sort((a, b) => (a.currency !== b.currency ? (a.currency === currency ? -1 : b.currency === currency ? 1 : a.currency < b.currency ? -1 : 1) : (order.get(a.accountId) ?? 0) - (order.get(b.accountId) ?? 0)));
  if (rows.length === 0) return null;

  const lines: EntryLine[] = [];
  const result = new Map<string, number>();
  const line = (accountId: string, lineCurrency: string, debitPositive: number): EntryLine => {
    const out: EntryLine = { accountId, debit: debitPositive > 0 ? debitPositive : 0, credit: debitPositive < 0 ? -debitPositive : 0 };
    if (lineCurrency !== currency) out.currency = lineCurrency;
    return out;
  };
  for (const row of rows) {
    const net = row.debit - row.credit;
    lines.push(line(row.accountId, row.currency, -net));
    result.set(row.currency, (result.get(row.currency) ?? 0) + net);
  }
  for (const [lineCurrency, net] of result) if (net !== 0) lines.push(line(input.retainedEarningsAccountId, lineCurrency, net));

  return {
    id: input.stamp.id,
    number: input.number,
    date: fiscalYear.end,
    payee: '',
    memo: input.memo ?? '',
    currency,
    lines,
    status: 'draft',
    origin: 'yearEndClose',
    closing: true,
    documentIds: [],
    createdAt: input.stamp.at,
    updatedAt: input.stamp.at,
  };
}

/**
 * Fiscal years before the one `before` is in whose income and expense accounts no year-end
 * close has brought to zero, oldest first: the years a close is still owed for. Buckets must
 * not straddle any fiscal year's start.
 */
export function unclosedFiscalYears(input: { accounts: readonly Account[]; buckets: readonly Bucket[]; fiscalYearStart: FiscalYearStart; before: IsoDate }): FiscalYear[] {
  const results = new Set(input.accounts.filter((account) => account.type === 'income' || account.type === 'expense').map((account) => account.id));
  const current = fiscalYearOf(input.before, input.fiscalYearStart);
  let first: IsoDate | undefined;
  for (const bucket of input.buckets) {
    if (bucket.firstDay >= current.start || (first !== undefined && bucket.firstDay >= first)) continue;
    if (bucket.lines.some((line) => results.has(line.accountId))) first = bucket.firstDay;
  }
  const years: FiscalYear[] = [];
  for (let year = first === undefined ? current : fiscalYearOf(first, input.fiscalYearStart); year.start < current.start; year = fiscalYearOf(dayAfter(year.end), input.fiscalYearStart)) {
    const open = sumBuckets(input.buckets, { from: year.start, to: year.end }).some((row) => results.has(row.accountId) && row.debit !== row.credit);
    if (open) years.push(year);
  }
  return years;
}
