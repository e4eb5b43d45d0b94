import { describe, expect, it } from 'vitest';
import { balancesFromEntries } from './aggregates';
import { balanceSheets } from './balanceSheet';
import { bucketsFromBalances, bucketsFromEntries } from './buckets';
import { incomeStatements } from './incomeStatement';
import { cr, dr, testChart, testEntry } from './testing';
import { trialBalance } from './trialBalance';
import type { JournalEntry } from './types';
import { unclosedFiscalYears, yearEndCloseEntry } from './yearEnd';

const { accounts, id } = testChart();
const calendarYear = { month: 1, day: 1 };

// 2025: sales 1,000.00, rent 300.00 → result 700.00; 2026: sales 200.00.
const twoYears: JournalEntry[] = [
  testEntry('a', '2025-01-05', [dr(id('bank'), 500_000), cr(id('capital'), 500_000)]),
  testEntry('b', '2025-04-10', [dr(id('bank'), 100_000), cr(id('sales'), 100_000)]),
  testEntry('c', '2025-09-01', [dr(id('rent'), 30_000), cr(id('bank'), 30_000)]),
  testEntry('d', '2026-02-03', [dr(id('bank'), 20_000), cr(id('sales'), 20_000)]),
];
const row = (report: ReturnType<typeof trialBalance>, key: string) => report.rows.find((line) => line.accountId === id(key));

describe('trial balance openings in a fiscal year', () => {
  it('opens income and expenses at zero and carries the earlier result to retained earnings', () => {
    const report = trialBalance({ accounts, buckets: bucketsFromEntries(twoYears), from: '2026-01-01', to: '2026-12-31', fiscalYearStart: calendarYear });
    expect(row(report, 'sales')).toMatchObject({ opening: 0, credit: 20_000, closing: -20_000 });
    expect(row(report, 'rent')).toBeUndefined();
    expect(row(report, 'retainedEarnings')).toMatchObject({ opening: -70_000, debit: 0, credit: 0, closing: -70_000 });
    expect(row(report, 'bank')).toMatchObject({ opening: 570_000 });
    expect(report.totals).toEqual([{ currency: 'EUR', opening: 0, debit: 20_000, credit: 20_000, closing: 0, balanced: true }]);
  });

  it('keeps the movement of the same year before `from` as the opening of income and expenses', () => {
    const report = trialBalance({ accounts, buckets: bucketsFromEntries(twoYears), from: '2025-06-01', to: '2025-12-31', fiscalYearStart: calendarYear });
    expect(row(report, 'sales')).toMatchObject({ opening: -100_000 });
    expect(row(report, 'retainedEarnings')).toBeUndefined();
  });

  it('does not count a year already closed twice', () => {
    const buckets = bucketsFromEntries(twoYears);
    const close = yearEndCloseEntry({ accounts, buckets, fiscalYear: { start: '2025-01-01', end: '2025-12-31' }, retainedEarningsAccountId: id('retainedEarnings'), currency: 'EUR', number: 'C', stamp: { id: 'close', at: '' } })!;
    const closed = [...twoYears, { ...close, status: 'posted' as const }];
    // From the monthly balances, as the app reads them, and from the entries: the same.
    for (const closedBuckets of [bucketsFromEntries(closed), bucketsFromBalances(balancesFromEntries(closed))]) {
      const report = trialBalance({ accounts, buckets: closedBuckets, from: '2026-01-01', to: '2026-12-31', fiscalYearStart: calendarYear });
      expect(row(report, 'retainedEarnings')).toMatchObject({ opening: -70_000 });
      expect(row(report, 'sales')).toMatchObject({ opening: 0 });
      expect(report.totals[0]).toMatchObject({ opening: 0, balanced: true });
    }
  });

  it('shows the earlier result on a row of its own when the chart has no retained earnings account', () => {
    const withoutRetained = accounts.map((account) => (account.role === 'retainedEarnings' ? { ...account, role: undefined } : account));
    const report = trialBalance({ accounts: withoutRetained, buckets: bucketsFromEntries(twoYears), from: '2026-01-01', to: '2026-12-31', fiscalYearStart: calendarYear });
    const earlier = report.rows.find((line) => line.earlierYearsResult);
    expect(earlier).toMatchObject({ accountId: '', type: 'equity', currency: 'EUR', opening: -70_000, closing: -70_000 });
    expect(report.rows.at(-1)).toBe(earlier);
    expect(report.totals[0]).toMatchObject({ opening: 0, balanced: true });
  });

  it('carries each currency to its own retained earnings line, and leaves reports without a fiscal year as they were', () => {
    const mixed = [...twoYears, testEntry('h', '2025-05-05', [dr(id('bank'), 3_000_000), cr(id('services'), 3_000_000)], { currency: 'HUF' })];
    const report = trialBalance({ accounts, buckets: bucketsFromEntries(mixed), from: '2026-01-01', to: '2026-12-31', fiscalYearStart: calendarYear });
    const retained = report.rows.filter((line) => line.accountId === id('retainedEarnings'));
    expect(retained.map((line) => [line.currency, line.opening])).toEqual([['EUR', -70_000], ['HUF', -3_000_000]]);
    expect(report.totals.every((total) => total.balanced)).toBe(true);
    const plain = trialBalance({ accounts, buckets: bucketsFromEntries(mixed), from: '2026-01-01', to: '2026-12-31' });
    expect(plain.rows.find((line) => line.accountId === id('sales'))).toMatchObject({ opening: -100_000 });
  });
});

describe('unclosedFiscalYears', () => {
  it('names the earlier years with income or expenses that no close brought to zero', () => {
    const buckets = bucketsFromEntries(twoYears);
    expect(unclosedFiscalYears({ accounts, buckets, fiscalYearStart: calendarYear, before: '2026-06-30' })).toEqual([{ start: '2025-01-01', end: '2025-12-31' }]);
    expect(unclosedFiscalYears({ accounts, buckets, fiscalYearStart: calendarYear, before: '2025-06-30' })).toEqual([]);
    const close = yearEndCloseEntry({ accounts, buckets, fiscalYear: { start: '2025-01-01', end: '2025-12-31' }, retainedEarningsAccountId: id('retainedEarnings'), currency: 'EUR', number: 'C', stamp: { id: 'close', at: '' } })!;
    const closed = bucketsFromEntries([...twoYears, { ...close, status: 'posted' }]);
    expect(unclosedFiscalYears({ accounts, buckets: closed, fiscalYearStart: calendarYear, before: '2026-06-30' })).toEqual([]);
  });
});

describe('statements per currency', () => {
  // A HUF book with a EUR sale and a EUR bank fee.
  const huf: JournalEntry[] = [
    testEntry('h1', '2026-03-01', [dr(id('bank'), 5_000_000), cr(id('sales'), 5_000_000)], { currency: 'HUF' }),
    testEntry('e1', '2026-03-02', [dr(id('bank'), 40_000), cr(id('services'), 40_000)], { currency: 'EUR' }),
    testEntry('e2', '2026-03-03', [dr(id('bankFees'), 1_000), cr(id('bank'), 1_000)], { currency: 'EUR' }),
  ];
  const buckets = bucketsFromEntries(huf);

  it('gives an income statement per currency, the base currency first, each with its own result', () => {
    const statements = incomeStatements({ accounts, buckets, from: '2026-01-01', to: '2026-12-31', baseCurrency: 'HUF' });
    expect(statements.map((statement) => [statement.currency, statement.netResult])).toEqual([['HUF', 5_000_000], ['EUR', 39_000]]);
    expect(statements[1]!.income.rows.map((line) => line.accountId)).toContain(id('services'));
  });

  it('gives a balance sheet per currency, each balanced', () => {
    const sheets = balanceSheets({ accounts, buckets, asOf: '2026-12-31', baseCurrency: 'HUF', fiscalYearStart: calendarYear });
    expect(sheets.map((sheet) => [sheet.currency, sheet.totals.assets, sheet.totals.currentYearResult, sheet.totals.balanced])).toEqual([
      ['HUF', 5_000_000, 5_000_000, true],
      ['EUR', 39_000, 39_000, true],
    ]);
  });

  it('keeps the base currency even when the book has none of it, and leaves out currencies with nothing in the period', () => {
    expect(incomeStatements({ accounts, buckets, from: '2025-01-01', to: '2025-12-31', baseCurrency: 'HUF' }).map((s) => s.currency)).toEqual(['HUF']);
    expect(incomeStatements({ accounts, buckets: [], from: '2026-01-01', to: '2026-12-31', baseCurrency: 'GBP' }).map((s) => s.currency)).toEqual(['GBP']);
  });
});
