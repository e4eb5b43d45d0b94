import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateOf } from '../dates';
import { compareBalances, compareRegisterChunks } from './aggregateCheck';
import { applyDeltas, balanceDeltas, balancesFromEntries, mergeRegisterChunks, registerChunksFromEntries } from './aggregates';
import { accountWithRole, indexAccounts } from './accounts';
import { balanceSheet } from './balanceSheet';
import { bucketsFromBalances, bucketsFromEntries, bucketsFromRegisters, periodsCutBy, reportCuts } from './buckets';
import { reversalOf } from './entries';
import { incomeStatement } from './incomeStatement';
import { testChart, testEntry } from './testing';
import { trialBalance } from './trialBalance';
import type { EntryLine, JournalEntry, PeriodBalance, RegisterChunk } from './types';
import { validateEntryForPosting } from './validation';
import { yearEndCloseEntry } from './yearEnd';

/**
 * A model of the repository in pure terms: posting validates and then updates the monthly
 * balances and register chunks incrementally, as the repository does in its transaction.
 */
const { accounts } = testChart();
const byId = indexAccounts(accounts);
const leaves = accounts.filter((account) => !accounts.some((other) => other.parentId === account.id));
const retained = accountWithRole(accounts, 'retainedEarnings')!;

type Book = { entries: JournalEntry[]; balances: PeriodBalance[]; registers: RegisterChunk[]; lockDate: string | null; next: number };

const emptyBook = (): Book => ({ entries: [], balances: [], registers: [], lockDate: null, next: 0 });

function replace<T>(list: T[], updated: T[], key: (item: T) => string): T[] {
  const byKey = new Map(list.map((item) => [key(item), item]));
  for (const item of updated) byKey.set(key(item), item);
  return [...byKey.values()];
}

/** Posts like the repository: refused (book unchanged) unless valid. */
function post(book: Book, entry: JournalEntry): { book: Book; refused: boolean } {
  if (validateEntryForPosting(entry, byId, book.lockDate).length > 0) return { book, refused: true };
  const posted: JournalEntry = { ...entry, status: 'posted' };
  return {
    refused: false,
    book: {
      ...book,
      entries: [...book.entries, posted],
      balances: replace(book.balances, applyDeltas(book.balances, balanceDeltas(posted)), (b) => `${b.accountId}|${b.period}|${b.currency}`),
      registers: replace(book.registers, mergeRegisterChunks(book.registers, registerChunksFromEntries([posted])), (c) => `${c.accountId}|${c.period}`),
    },
  };
}

const dayIn = (maxOffset: number) =>
  fc.integer({ min: 0, max: maxOffset }).map((offset) => {
    const date = new Date(Date.UTC(2024, 0, 1 + offset));
    return isoDateOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  });
/** A day in 2024–2026. */
const dayArb = dayIn(3 * 365 - 1);

/** 2–4 lines on leaf accounts that balance by construction, in EUR and sometimes also USD. */
const linesArb = fc
  .record({
    accounts: fc.array(fc.constantFrom(...leaves.map((a) => a.id)), { minLength: 2, maxLength: 4 }),
    amounts: fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 4, maxLength: 4 }),
    usd: fc.boolean(),
  })
  .map(({ accounts: ids, amounts, usd }): EntryLine[] => {
    const lines: EntryLine[] = [];
    let left = 0;
    ids.forEach((accountId, index) => {
      if (index < ids.length - 1) {
        const amount = amounts[index]!;
        lines.push(index % 2 === 0 ? { accountId, debit: amount, credit: 0 } : { accountId, debit: 0, credit: amount });
        left += index % 2 === 0 ? amount : -amount;
      } else if (left !== 0) {
        lines.push(left > 0 ? { accountId, debit: 0, credit: left } : { accountId, debit: -left, credit: 0 });
      } else {
        lines.push({ accountId, debit: 1, credit: 0 }, { accountId: ids[0]!, debit: 0, credit: 1 });
      }
    });
    if (usd) lines.push({ accountId: ids[0]!, debit: 77, credit: 0, currency: 'USD' }, { accountId: ids[1]!, debit: 0, credit: 77, currency: 'USD' });
    return lines;
  });

type Operation =
  | { kind: 'post'; date: string; lines: EntryLine[] }
  | { kind: 'reverse'; pick: number; date: string }
  | { kind: 'close'; year: number }
  | { kind: 'lock'; date: string | null };

const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('post' as const), date: dayArb, lines: linesArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat(), date: dayArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), year: fc.constantFrom(2024, 2025) }) },
  // Locks fall in the first year mostly, so most later postings still go through.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lock' as const), date: fc.option(dayIn(500), { nil: null }) }) },
);

const operationsArb = fc.array(operationArb, { minLength: 5, maxLength: 40 });

function apply(book: Book, operation: Operation): Book {
  const id = () => `e-${String(book.next + 1).padStart(6, '0')}`;
  const counted = { ...book, next: book.next + 1 };
  switch (operation.kind) {
    case 'post':
      return post(counted, testEntry(id(), operation.date, operation.lines, { status: 'draft' })).book;
    case 'reverse': {
      const open = book.entries.filter((entry) => entry.reversedBy === undefined);
      if (open.length === 0) return book;
      const target = open[operation.pick % open.length]!;
      const { reversal, original } = reversalOf(target, operation.date, '', { id: id(), at: 'now' });
      const result = post(counted, reversal);
      if (result.refused) return book;
      return { ...result.book, entries: result.book.entries.map((entry) => (entry.id === target.id ? original : entry)) };
    }
    case 'close': {
      const fiscalYear = { start: `${operation.year}-01-01`, end: `${operation.year}-12-31` };
      const entry = yearEndCloseEntry({ accounts, buckets: bucketsFromEntries(book.entries), fiscalYear, retainedEarningsAccountId: retained.id, currency: 'EUR', number: '', stamp: { id: id(), at: 'now' } });
      return entry ? post(counted, entry).book : book;
    }
    case 'lock':
      return { ...book, lockDate: operation.date };
  }
}

const run = (operations: Operation[]) => operations.reduce(apply, emptyBook());

describe('ledger properties', () => {
  it('keeps debits equal to credits and the balance sheet balanced, whatever is posted, reversed or closed', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(operationsArb, dayArb, dayArb, (operations, a, b) => {
        const book = run(operations);
        const buckets = bucketsFromEntries(book.entries);
        const [from, to] = a < b ? [a, b] : [b, a];
        for (const total of trialBalance({ accounts, buckets, from, to }).totals) expect(total.balanced).toBe(true);
        for (const currency of ['EUR', 'USD']) {
          expect(balanceSheet({ accounts, buckets, asOf: to, currency }).totals.balanced).toBe(true);
          expect(balanceSheet({ accounts, buckets, asOf: to, currency, fiscalYearStart: { month: 4, day: 6 } }).totals.balanced).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the maintained aggregates equal to a rebuild from the entries, and reports equal from either', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(operationsArb, dayArb, dayArb, (operations, a, b) => {
        const book = run(operations);
        expect(compareBalances(book.balances, balancesFromEntries(book.entries))).toEqual([]);
        expect(compareRegisterChunks(book.registers, registerChunksFromEntries(book.entries))).toEqual([]);
        const [from, to] = a < b ? [a, b] : [b, a];
        const direct = bucketsFromEntries(book.entries);
        // A random range, and one whose start cuts through a December with a year-end close.
        for (const range of [{ from, to }, { from: '2024-12-15', to: '2025-12-31' }]) {
          const cuts = reportCuts(range);
          const cut = periodsCutBy(cuts);
          const stored = [...bucketsFromBalances(book.balances, cut), ...bucketsFromRegisters(book.registers.filter((c) => cut.has(c.period)), cuts)];
          expect(trialBalance({ accounts, buckets: stored, ...range })).toEqual(trialBalance({ accounts, buckets: direct, ...range }));
          expect(incomeStatement({ accounts, buckets: stored, ...range, currency: 'EUR' })).toEqual(incomeStatement({ accounts, buckets: direct, ...range, currency: 'EUR' }));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('brings every account back when an entry is reversed', () => {
    fc.assert(
      fc.property(operationsArb, dayArb, linesArb, dayArb, (operations, date, lines, reversalDate) => {
        const before = { ...run(operations), lockDate: null };
        const entry = testEntry('x-entry', date, lines, { status: 'draft' });
        const posted = post(before, entry).book;
        const { reversal } = reversalOf({ ...entry, status: 'posted' }, reversalDate, '', { id: 'x-reversal', at: 'now' });
        const after = post(posted, reversal).book;
        const end = '2027-12-31';
        const closing = (book: Book) => trialBalance({ accounts, buckets: bucketsFromEntries(book.entries), to: end }).rows.filter((row) => row.closing !== 0).map((row) => [row.accountId, row.currency, row.closing]);
        expect(closing(after)).toEqual(closing(before));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a posting on or before the lock date and changes nothing', () => {
    fc.assert(
      fc.property(operationsArb, dayArb, fc.nat({ max: 400 }), linesArb, (operations, lockDate, daysBack, lines) => {
        const book = { ...run(operations), lockDate };
        const date = new Date(Date.parse(`${lockDate}T00:00:00Z`) - daysBack * 86_400_000).toISOString().slice(0, 10);
        const entry = testEntry('locked', date, lines, { status: 'draft' });
        expect(validateEntryForPosting(entry, byId, lockDate).map((p) => p.key)).toContain('ledger.entry.dateLocked');
        const result = post(book, entry);
        expect(result.refused).toBe(true);
        expect(result.book).toBe(book);
      }),
      { numRuns: 100 },
    );
  });
});

describe('reportCuts at the end of the calendar', () => {
  it('accepts the last representable day as an open end', () => {
    expect(reportCuts({ from: '2026-01-01', to: '9999-12-31' })).toEqual(['2026-01-01']);
  });
});
