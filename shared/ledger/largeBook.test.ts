import { beforeAll, describe, expect, it } from 'vitest';
import { balancesFromEntries, registerChunksFromEntries } from './aggregates';
import { balanceSheet } from './balanceSheet';
import { bucketsFromEntries } from './buckets';
import { incomeStatement } from './incomeStatement';
import { generateBook } from './testing';
import { trialBalance } from './trialBalance';

// The shared report code on the largest book we plan for, as the command-line tool runs it:
// nothing may overflow the stack or lose balance at this size. How long it takes is measured
// by `npm run bench` (the journal benchmark), not asserted here, where the machine's load
// would decide the outcome.

describe('the shared report code on 200,000 entries, as the CLI runs it', () => {
  let book: ReturnType<typeof generateBook>;
  beforeAll(() => {
    book = generateBook(200_000);
  }, 120_000);

  it('makes a balanced trial balance, income statement and balance sheet straight from the entries', { timeout: 60_000 }, () => {
    const { accounts, entries } = book;
    const postings = entries.reduce((sum, entry) => sum + entry.lines.length, 0);
    expect(postings).toBeGreaterThan(450_000);
    const buckets = bucketsFromEntries(entries);
    expect(trialBalance({ accounts, buckets, from: '2024-01-01', to: '2025-12-31' }).totals[0]!.balanced).toBe(true);
    incomeStatement({ accounts, buckets, from: '2025-01-01', to: '2025-12-31', currency: 'EUR', compare: { from: '2024-01-01', to: '2024-12-31' } });
    expect(balanceSheet({ accounts, buckets, asOf: '2026-06-30', currency: 'EUR' }).totals.balanced).toBe(true);
  });

  it('rebuilds aggregates that stay small: one per account and month, not one per entry', { timeout: 60_000 }, () => {
    expect(balancesFromEntries(book.entries).length).toBeLessThan(5000);
    expect(registerChunksFromEntries(book.entries).length).toBeLessThan(5000);
  });
});
