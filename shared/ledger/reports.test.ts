import { describe, expect, it } from 'vitest';
import { accountRegister } from './accountRegister';
import { agedPayables } from './agedPayables';
import { balancesFromEntries, registerChunksFromEntries } from './aggregates';
import { balanceSheet } from './balanceSheet';
import { bucketsFromBalances, bucketsFromEntries, bucketsFromRegisters, periodsCutBy, reportCuts, type Bucket } from './buckets';
import { incomeStatement } from './incomeStatement';
import { journalReport } from './journalReport';
import { cr, dr, testChart, testEntry } from './testing';
import { BucketStraddlesError } from './totals';
import { trialBalance } from './trialBalance';
import type { JournalEntry, VatCode } from './types';
import { vatSummary } from './vatSummary';
import { yearEndCloseEntry } from './yearEnd';

const { accounts, id } = testChart();
const vatCodes: VatCode[] = [
  { id: 'I27', code: 'I27', name: 'Input 27%', rate: { numerator: 27, denominator: 100 }, kind: 'input', accountId: id('vatInput'), archived: false, createdAt: '', updatedAt: '' },
  { id: 'O27', code: 'O27', name: 'Output 27%', rate: { numerator: 27, denominator: 100 }, kind: 'output', accountId: id('vatOutput'), archived: false, createdAt: '', updatedAt: '' },
];
const i27 = { vatCode: 'I27' };
const o27 = { vatCode: 'O27' };

// A small book, amounts in euro cents, checked by hand in the comments below.
const entries: JournalEntry[] = [
  testEntry('e1', '2025-01-05', [dr(id('bank'), 1_000_000), cr(id('capital'), 1_000_000)]),
  testEntry('e2', '2025-03-10', [dr(id('bank'), 127_000), cr(id('sales'), 100_000, o27), cr(id('vatOutput'), 27_000, o27)]),
  testEntry('e3', '2025-06-15', [dr(id('rent'), 50_000), cr(id('bank'), 50_000)]),
  testEntry('e4', '2026-01-20', [dr(id('costOfGoods'), 200_000, i27), dr(id('vatInput'), 54_000, i27), cr(id('payable'), 254_000)], { payee: 'Alfa Kft', number: '2026-0001' }),
  testEntry('e5', '2026-02-10', [dr(id('officeSupplies'), 10_000), cr(id('payable'), 10_000)], { payee: 'Beta Ltd', number: '2026-0002' }),
  testEntry('e6', '2026-02-25', [dr(id('payable'), 100_000), cr(id('bank'), 100_000)], { payee: ' alfa kft ', number: '2026-0003' }),
  testEntry('e7', '2026-03-15', [dr(id('bank'), 254_000), cr(id('sales'), 200_000, o27), cr(id('vatOutput'), 54_000, o27)], { number: '2026-0004' }),
  testEntry('e8', '2026-03-20', [dr(id('rent'), 30_000), cr(id('payable'), 30_000)], { payee: 'Alfa Kft', number: '2026-0005' }),
  testEntry('e9', '2026-03-31', [dr(id('bankFees'), 1_500), cr(id('bank'), 1_500)], { number: '2026-0006' }),
  testEntry('draft', '2026-03-01', [dr(id('rent'), 999), cr(id('bank'), 999)], { status: 'draft' }),
];

/** The same buckets the repository builds: whole months from balances, cut months from register chunks. */
function storedBuckets(book: readonly JournalEntry[], cuts: string[]): Bucket[] {
  const cut = periodsCutBy(cuts);
  const chunks = registerChunksFromEntries(book).filter((chunk) => cut.has(chunk.period));
  return [...bucketsFromBalances(balancesFromEntries(book), cut), ...bucketsFromRegisters(chunks, cuts)];
}

const rowOf = <T extends { accountId: string }>(rows: T[], key: string) => rows.find((row) => row.accountId === id(key));

describe('trialBalance', () => {
  const from = '2026-02-01';
  const to = '2026-03-15';

  it('gives opening, debits, credits and closing per account, and totals that balance', () => {
    const report = trialBalance({ accounts, buckets: bucketsFromEntries(entries), from, to });
    // Opening bank: 10,000.00 + 1,270.00 − 500.00 = 10,770.00; then −1,000.00 + 2,540.00.
    expect(rowOf(report.rows, 'bank')).toMatchObject({ path: 'Assets:Bank account', depth: 1, type: 'asset', currency: 'EUR', opening: 1_077_000, debit: 254_000, credit: 100_000, closing: 1_231_000 });
    expect(rowOf(report.rows, 'payable')).toMatchObject({ opening: -254_000, debit: 100_000, credit: 10_000, closing: -164_000 });
    expect(rowOf(report.rows, 'sales')).toMatchObject({ opening: -100_000, debit: 0, credit: 200_000, closing: -300_000 });
    expect(rowOf(report.rows, 'bankFees')).toBeUndefined(); // after `to`
    expect(report.totals).toEqual([{ currency: 'EUR', opening: 0, debit: 364_000, credit: 364_000, closing: 0, balanced: true }]);
    expect(report.rows.map((row) => row.code)).toEqual(['1010', '1300', '2010', '2100', '3010', '4010', '5010', '5100', '5300']);
  });

  it('is the same from stored balances and register chunks as from the entries', () => {
    const cuts = reportCuts({ from, to });
    expect(cuts).toEqual(['2026-02-01', '2026-03-16']);
    expect(trialBalance({ accounts, buckets: storedBuckets(entries, cuts), from, to })).toEqual(trialBalance({ accounts, buckets: bucketsFromEntries(entries), from, to }));
  });

  it('refuses a bucket that straddles a report date', () => {
    const monthly = bucketsFromBalances(balancesFromEntries(entries));
    expect(() => trialBalance({ accounts, buckets: monthly, from: '2026-02-15', to: '2026-03-31' })).toThrow(BucketStraddlesError);
    expect(() => trialBalance({ accounts, buckets: monthly, to: '2026-03-15' })).toThrow(BucketStraddlesError);
    expect(() => trialBalance({ accounts, buckets: monthly, from: '2026-02-01', to: '2026-03-31' })).not.toThrow();
  });

  it('refuses postings on an account that is not in the chart', () => {
    const stray = [testEntry('x', '2026-01-01', [dr('nowhere', 1), cr(id('bank'), 1)])];
    expect(() => trialBalance({ accounts, buckets: bucketsFromEntries(stray), to: '2026-12-31' })).toThrow(/not in the chart/);
  });
});

describe('incomeStatement', () => {
  it('gives income, expenses and the net result, with a comparison period', () => {
    const report = incomeStatement({
      accounts,
      buckets: bucketsFromEntries(entries),
      currency: 'EUR',
      from: '2026-01-01',
      to: '2026-03-31',
      compare: { from: '2025-01-01', to: '2025-03-31' },
    });
    expect(report.income.rows.map((row) => [row.path, row.own, row.total, row.compareTotal])).toEqual([
      ['Income', 0, 200_000, 100_000],
      ['Income:Sales of goods', 200_000, 200_000, 100_000],
    ]);
    expect(report.expenses.total).toBe(241_500); // 2,000.00 + 300.00 + 100.00 + 15.00
    expect(report.expenses.compareTotal).toBe(0);
    expect(report.expenses.rows.find((row) => row.path === 'Expenses')).toMatchObject({ own: 0, total: 241_500, depth: 0 });
    expect(report.netResult).toBe(-41_500);
    expect(report.compareNetResult).toBe(100_000);
  });
});

describe('balanceSheet', () => {
  it('balances with the current year’s and the unclosed earlier years’ result in equity', () => {
    const report = balanceSheet({ accounts, buckets: bucketsFromEntries(entries), asOf: '2026-03-31', currency: 'EUR' });
    expect(report.assets.total).toBe(1_283_500); // bank 12,295.00 + input VAT 540.00
    expect(rowOf(report.assets.rows, 'bank')?.own).toBe(1_229_500);
    expect(report.liabilities.total).toBe(275_000); // payable 1,940.00 + output VAT 810.00
    expect(report.totals).toEqual({
      asOf: '2026-03-31',
      fiscalYearStart: '2026-01-01',
      assets: 1_283_500,
      liabilities: 275_000,
      equity: 1_000_000,
      currentYearResult: -41_500,
      earlierYearsResult: 50_000,
      totalEquity: 1_008_500,
      totalLiabilitiesAndEquity: 1_283_500,
      balanced: true,
    });
  });

  it('follows a fiscal year that starts in July, and compares with an earlier date', () => {
    const report = balanceSheet({ accounts, buckets: bucketsFromEntries(entries), asOf: '2026-03-31', compareAsOf: '2025-06-30', currency: 'EUR', fiscalYearStart: { month: 7, day: 1 } });
    // From 2025-07-01: sales 2,000.00, expenses 2,415.00; before it, 1,000.00 − 500.00.
    expect(report.totals).toMatchObject({ fiscalYearStart: '2025-07-01', currentYearResult: -41_500, earlierYearsResult: 50_000, balanced: true });
    expect(report.compareTotals).toMatchObject({ asOf: '2025-06-30', fiscalYearStart: '2024-07-01', assets: 1_077_000, currentYearResult: 50_000, earlierYearsResult: 0, balanced: true });
    expect(rowOf(report.assets.rows, 'bank')).toMatchObject({ own: 1_229_500, compareOwn: 1_077_000 });
  });
});

describe('year-end close', () => {
  const close = yearEndCloseEntry({
    accounts,
    buckets: bucketsFromEntries(entries),
    fiscalYear: { start: '2025-01-01', end: '2025-12-31' },
    retainedEarningsAccountId: id('retainedEarnings'),
    currency: 'EUR',
    number: '2025-0004',
    stamp: { id: 'close', at: 'now' },
  })!;
  const closed = [...entries, { ...close, status: 'posted' as const }];

  it('moves the year’s income and expenses to retained earnings', () => {
    expect(close).toMatchObject({ date: '2025-12-31', origin: 'yearEndClose', closing: true, status: 'draft' });
    expect(close.lines).toEqual([dr(id('sales'), 100_000), cr(id('rent'), 50_000), cr(id('retainedEarnings'), 50_000)]);
  });

  it('leaves the income statement of the closed year as it was, zeroes the accounts, and the sheet still balances', () => {
    const buckets = bucketsFromEntries(closed);
    const year = { from: '2025-01-01', to: '2025-12-31' };
    expect(incomeStatement({ accounts, buckets, currency: 'EUR', ...year }).netResult).toBe(50_000);
    const tb = trialBalance({ accounts, buckets, ...year });
    expect(rowOf(tb.rows, 'sales')?.closing).toBe(0);
    expect(rowOf(tb.rows, 'retainedEarnings')?.closing).toBe(-50_000);
    const sheet = balanceSheet({ accounts, buckets, asOf: '2026-03-31', currency: 'EUR' });
    expect(sheet.totals).toMatchObject({ equity: 1_050_000, earlierYearsResult: 0, currentYearResult: -41_500, balanced: true });
    // The same from stored balances (with their closing parts) and cut months.
    const cuts = reportCuts(year);
    expect(incomeStatement({ accounts, buckets: storedBuckets(closed, cuts), currency: 'EUR', ...year }).netResult).toBe(50_000);
    expect(yearEndCloseEntry({ accounts, buckets, fiscalYear: { start: '2025-01-01', end: '2025-12-31' }, retainedEarningsAccountId: id('retainedEarnings'), currency: 'EUR', number: '', stamp: { id: 'again', at: 'now' } })).toBeNull();
  });
});

describe('accountRegister', () => {
  it('runs the balance from the opening balance of the months and days before', () => {
    const chunks = registerChunksFromEntries(entries).filter((chunk) => chunk.accountId === id('bank') && chunk.period >= '2026-02');
    const openingBalances = balancesFromEntries(entries).filter((b) => b.accountId === id('bank') && b.period < '2026-02');
    const register = accountRegister({ accountId: id('bank'), chunks, openingBalances, from: '2026-02-01', to: '2026-03-31' });
    expect(register.opening).toEqual([{ currency: 'EUR', amount: 1_077_000 }]);
    expect(register.rows.map((row) => [row.entryId, row.debit, row.credit, row.balance, row.counterAccountId])).toEqual([
      ['e6', 0, 100_000, 977_000, id('payable')],
      ['e7', 254_000, 0, 1_231_000, undefined],
      ['e9', 0, 1_500, 1_229_500, id('bankFees')],
    ]);
    expect(register.closing).toEqual([{ currency: 'EUR', amount: 1_229_500 }]);
    expect(register.totals).toEqual([{ currency: 'EUR', debit: 254_000, credit: 101_500 }]);

    const midMonth = accountRegister({ accountId: id('bank'), chunks, openingBalances, from: '2026-02-26', to: '2026-03-30' });
    expect(midMonth.opening).toEqual([{ currency: 'EUR', amount: 977_000 }]);
    expect(midMonth.rows.map((row) => row.entryId)).toEqual(['e7']);
    expect(midMonth.closing).toEqual([{ currency: 'EUR', amount: 1_231_000 }]);
  });
});

describe('journalReport', () => {
  it('lists the posted entries of the period with their lines and totals', () => {
    const report = journalReport({ accounts, entries, from: '2026-02-01', to: '2026-02-28' });
    expect(report.entries.map((entry) => entry.number)).toEqual(['2026-0002', '2026-0003']);
    expect(report.entries[0]!.lines[0]).toEqual({ accountId: id('officeSupplies'), path: 'Expenses:Office supplies', currency: 'EUR', debit: 10_000, credit: 0 });
    expect(report.totals).toEqual([{ currency: 'EUR', debit: 110_000, credit: 110_000 }]);
  });
});

describe('agedPayables', () => {
  it('matches payments with the oldest bills of the same supplier and ages the rest', () => {
    const chunks = registerChunksFromEntries(entries);
    const report = agedPayables({ accounts, chunks, asOf: '2026-04-30' });
    expect(report.rows.map(({ bills, ...row }) => [row, bills.map((bill) => [bill.entryId, bill.open, bill.ageDays])])).toEqual([
      [
        { payee: 'Alfa Kft', currency: 'EUR', current: 0, days31to60: 30_000, days61to90: 0, over90: 154_000, total: 184_000, unapplied: 0 },
        [['e4', 154_000, 100], ['e8', 30_000, 41]],
      ],
      [{ payee: 'Beta Ltd', currency: 'EUR', current: 0, days31to60: 0, days61to90: 10_000, over90: 0, total: 10_000, unapplied: 0 }, [['e5', 10_000, 79]]],
    ]);
    expect(report.totals).toEqual([{ currency: 'EUR', current: 0, days31to60: 30_000, days61to90: 10_000, over90: 154_000, total: 194_000, unapplied: 0, unmatched: 0, balance: 194_000 }]);
    // On 15 February both bills are open and under 31 days old (26 and 5 days).
    expect(agedPayables({ accounts, chunks, asOf: '2026-02-15' }).totals[0]).toMatchObject({ current: 264_000, days31to60: 0, total: 264_000 });
  });

  it('keeps an overpayment as unapplied and uses it for the next bill', () => {
    const book = [
      testEntry('p1', '2026-01-01', [dr(id('payable'), 500), cr(id('bank'), 500)], { payee: 'Gamma' }),
      testEntry('b1', '2026-01-10', [dr(id('rent'), 300), cr(id('payable'), 300)], { payee: 'Gamma' }),
    ];
    expect(agedPayables({ accounts, chunks: registerChunksFromEntries(book), asOf: '2026-01-31' }).rows).toEqual([
      { payee: 'Gamma', currency: 'EUR', current: 0, days31to60: 0, days61to90: 0, over90: 0, total: 0, unapplied: 200, bills: [] },
    ]);
  });
});

describe('vatSummary', () => {
  it('adds base and tax per code, input and output apart', () => {
    const report = vatSummary({ vatCodes, entries, from: '2026-01-01', to: '2026-03-31' });
    expect(report.rows.map((row) => [row.code, row.kind, row.base, row.tax])).toEqual([
      ['I27', 'input', 200_000, 54_000],
      ['O27', 'output', 200_000, 54_000],
    ]);
    expect(report.totals).toEqual([{ currency: 'EUR', inputBase: 200_000, inputTax: 54_000, outputBase: 200_000, outputTax: 54_000, netTax: 0 }]);
    const year2025 = vatSummary({ vatCodes, entries, from: '2025-01-01', to: '2025-12-31' });
    expect(year2025.totals[0]).toMatchObject({ outputBase: 100_000, outputTax: 27_000, netTax: 27_000 });
    expect(vatSummary({ vatCodes: [], entries, from: '2026-01-01', to: '2026-03-31' }).unknownCodes).toEqual(['I27', 'O27']);
  });
});
