import { describe, expect, it } from 'vitest';
import { balancesFromEntries, registerChunksFromEntries } from './aggregates';
import { balanceSheet } from './balanceSheet';
import { bucketsFromEntries } from './buckets';
import { incomeStatement } from './incomeStatement';
import { generateBook } from './testing';
import { trialBalance } from './trialBalance';

const timed = <T>(work: () => T): { result: T; ms: number } => {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
};

describe('speed of the shared report code (200,000 entries, as the CLI runs it)', () => {
  const { accounts, entries } = generateBook(200_000);

  it('makes a trial balance straight from the entries well under a second', () => {
    const postings = entries.reduce((sum, entry) => sum + entry.lines.length, 0);
    expect(postings).toBeGreaterThan(450_000);
    const { result, ms } = timed(() => trialBalance({ accounts, buckets: bucketsFromEntries(entries), from: '2024-01-01', to: '2025-12-31' }));
    expect(result.totals[0]!.balanced).toBe(true);
    expect(ms).toBeLessThan(1000);
    const statements = timed(() => {
      const buckets = bucketsFromEntries(entries);
      incomeStatement({ accounts, buckets, from: '2025-01-01', to: '2025-12-31', currency: 'EUR', compare: { from: '2024-01-01', to: '2024-12-31' } });
      return balanceSheet({ accounts, buckets, asOf: '2026-06-30', currency: 'EUR' });
    });
    expect(statements.result.totals.balanced).toBe(true);
    expect(statements.ms).toBeLessThan(1000);
    console.info(`200k entries, ${postings} postings: trial balance ${ms.toFixed(0)} ms; income statement + balance sheet ${statements.ms.toFixed(0)} ms`);
  });

  it('rebuilds the aggregates in a few seconds at most', () => {
    const { result: balances, ms: balanceMs } = timed(() => balancesFromEntries(entries));
    const { result: chunks, ms: registerMs } = timed(() => registerChunksFromEntries(entries));
    expect(balances.length).toBeLessThan(5000);
    expect(chunks.length).toBeLessThan(5000);
    expect(balanceMs + registerMs).toBeLessThan(5000);
    console.info(`rebuild: ${balances.length} balances in ${balanceMs.toFixed(0)} ms, ${chunks.length} register chunks in ${registerMs.toFixed(0)} ms`);
  });
});
