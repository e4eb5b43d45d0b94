import type { IsoDate } from '../dates';
import { dayAfter, firstDayOfPeriod, lastDayOfPeriod, periodOf } from './periods';
import type { JournalEntry, PeriodBalance, RegisterChunk } from './types';

/**
 * What the reports add up: debit and credit totals per account and currency over a span
 * of days. `closingDebit`/`closingCredit` are the part that comes from year-end close
 * entries (the income statement leaves that part out).
 */
export type BucketLine = {
  readonly accountId: string;
  /** Falls back to the bucket's currency. */
  readonly currency?: string;
  readonly debit: number;
  readonly credit: number;
  readonly closingDebit?: number;
  readonly closingCredit?: number;
};

/**
 * Totals of the postings dated firstDay..lastDay (both included). Reports refuse a bucket
 * that straddles one of their dates, so the repository hands in whole months from the
 * maintained balances and finer buckets only for the months a report date cuts through.
 * A single posted entry is a bucket too (firstDay = lastDay = its date, its lines).
 */
export type Bucket = {
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  /** Currency of the lines that name none (an entry's currency). */
  readonly currency?: string;
  readonly lines: readonly BucketLine[];
  /** Every line is a year-end close posting (see `JournalEntry.closing`). */
  readonly closing?: boolean;
};

/** One bucket per posted entry, sharing the entry's lines (no copy per posting). Drafts are skipped. */
export function bucketsFromEntries(entries: readonly JournalEntry[]): Bucket[] {
  const buckets: Bucket[] = [];
  for (const entry of entries) {
    if (entry.status !== 'posted') continue;
    buckets.push({ firstDay: entry.date, lastDay: entry.date, currency: entry.currency, lines: entry.lines, closing: entry.closing === true });
  }
  return buckets;
}

/**
 * The cuts a report over [from, to] needs: no bucket may hold days on both sides of one.
 * A cut is the first day after a boundary. Undefined dates (open ends) are left out.
 */
export function reportCuts(...ranges: ReadonlyArray<{ from?: IsoDate; to?: IsoDate }>): IsoDate[] {
  const cuts = new Set<IsoDate>();
  for (const { from, to } of ranges) {
    if (from !== undefined) cuts.add(from);
    // The last calendar day has no day after it: a report to then cuts nothing.
    if (to !== undefined && to < '9999-12-31') cuts.add(dayAfter(to));
  }
  return [...cuts].sort();
}

/** Months ('yyyy-MM') that a cut divides: the cut is inside the month, not on its first day. */
export function periodsCutBy(cuts: readonly IsoDate[]): Set<string> {
  const periods = new Set<string>();
  for (const cut of cuts) if (!cut.endsWith('-01')) periods.add(periodOf(cut));
  return periods;
}

/** The maintained monthly balances as one bucket per month, leaving out `skipPeriods`. */
export function bucketsFromBalances(balances: readonly PeriodBalance[], skipPeriods: ReadonlySet<string> = new Set()): Bucket[] {
  const byPeriod = new Map<string, PeriodBalance[]>();
  for (const balance of balances) {
    if (skipPeriods.has(balance.period)) continue;
    const list = byPeriod.get(balance.period);
    if (list) list.push(balance);
    else byPeriod.set(balance.period, [balance]);
  }
  return [...byPeriod].map(([period, lines]) => ({ firstDay: firstDayOfPeriod(period), lastDay: lastDayOfPeriod(period), lines }));
}

type MutableLine = { accountId: string; currency: string; debit: number; credit: number; closingDebit: number; closingCredit: number };

/**
 * Buckets for months that report dates cut through, from those months' register chunks:
 * one bucket per piece of a month between cuts, totals per account and currency.
 */
export function bucketsFromRegisters(chunks: readonly RegisterChunk[], cuts: readonly IsoDate[]): Bucket[] {
  const sortedCuts = [...cuts].sort();
  const pieces = new Map<string, { firstDay: IsoDate; lastDay: IsoDate; lines: Map<string, MutableLine> }>();
  for (const chunk of chunks) {
    const monthStart = firstDayOfPeriod(chunk.period);
    const monthEnd = lastDayOfPeriod(chunk.period);
    const inside = sortedCuts.filter((cut) => cut > monthStart && cut <= monthEnd);
    const starts = [monthStart, ...inside];
    for (const posting of chunk.postings) {
      let piece = 0;
      while (piece + 1 < starts.length && posting.date >= starts[piece + 1]!) piece += 1;
      const pieceKey = `${chunk.period}#${piece}`;
      let bucket = pieces.get(pieceKey);
      if (!bucket) {
        const next = starts[piece + 1];
        bucket = { firstDay: starts[piece]!, lastDay: next === undefined ? monthEnd : dayBeforeInMonth(next), lines: new Map() };
        pieces.set(pieceKey, bucket);
      }
      const lineKey = `${chunk.accountId}\u0000${posting.currency}`;
      let line = bucket.lines.get(lineKey);
      if (!line) {
        line = { accountId: chunk.accountId, currency: posting.currency, debit: 0, credit: 0, closingDebit: 0, closingCredit: 0 };
        bucket.lines.set(lineKey, line);
      }
      line.debit += posting.debit;
      line.credit += posting.credit;
      if (posting.closing) {
        line.closingDebit += posting.debit;
        line.closingCredit += posting.credit;
      }
    }
  }
  return [...pieces.values()].map(({ firstDay, lastDay, lines }) => ({ firstDay, lastDay, lines: [...lines.values()] }));
}

/** The day before a cut that lies inside a month (so never the 1st). */
function dayBeforeInMonth(cut: IsoDate): IsoDate {
  const day = Number(cut.slice(8, 10)) - 1;
  return `${cut.slice(0, 8)}${String(day).padStart(2, '0')}`;
}
