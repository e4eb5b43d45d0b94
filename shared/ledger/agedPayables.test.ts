import { describe, expect, it } from 'vitest';
import { agedPayables, payablesPayees, type SupplierNames } from './agedPayables';
import { registerChunksFromEntries } from './aggregates';
import { bucketsFromEntries } from './buckets';
import { draftFromInput } from './entries';
import { indexAccounts } from './accounts';
import { payablesAccounts } from './payablesAccounts';
import { cr, dr, testChart, testEntry, testTimestamp } from './testing';
import { trialBalance } from './trialBalance';
import type { Account, JournalEntry } from './types';
import { validatePostedEntry } from './validation';

const { accounts: chart, id } = testChart();

/** Accounts as a journal import makes them: no role, no code, the supplier in the path. */
const imported = (accountId: string, name: string, parentId: string): Account => ({
  id: accountId,
  name,
  type: 'liability',
  parentId,
  archived: false,
  createdAt: testTimestamp,
  updatedAt: testTimestamp,
});
const liabilities = chart.find((account) => account.name === 'Liabilities')!.id;
const accounts: Account[] = [
  ...chart,
  imported('ap', 'Accounts Payable', liabilities),
  imported('ap-a', 'Supplier A', 'ap'),
  imported('ap-b', 'Supplier B', 'ap'),
  imported('sub-c', 'Supplier C', id('payable')),
];

/** What the trial balance says the payables accounts hold, credit positive, per currency. */
function payablesInTrialBalance(book: readonly JournalEntry[], asOf: string): Map<string, number> {
  const payables = payablesAccounts(accounts);
  const report = trialBalance({ accounts, buckets: bucketsFromEntries(book), to: asOf });
  const sums = new Map<string, number>();
  for (const row of report.rows) if (payables.has(row.accountId)) sums.set(row.currency, (sums.get(row.currency) ?? 0) - row.closing);
  return sums;
}

const report = (book: readonly JournalEntry[], asOf: string) => agedPayables({ accounts, chunks: registerChunksFromEntries(book), asOf });

describe('aged payables agree with the payables accounts', () => {
  it('reads supplier sub-accounts that have no role, naming the supplier by the sub-account when the payee says nothing useful', () => {
    const book = [
      testEntry('j1', '2026-01-05', [dr(id('rent'), 40_000), cr('ap-a', 40_000)], { payee: 'Invoice 1001' }),
      testEntry('j2', '2026-01-20', [dr(id('officeSupplies'), 15_000), cr('ap-b', 15_000)]),
      testEntry('j3', '2026-02-01', [dr('ap-a', 10_000), cr(id('bank'), 10_000)], { payee: 'Transfer 77' }),
      testEntry('j4', '2026-02-10', [dr(id('rent'), 5_000), cr('sub-c', 5_000)], { payee: 'Supplier C' }),
    ];
    const aged = report(book, '2026-02-28');
    expect(aged.rows.map((row) => [row.payee, row.total])).toEqual([
      ['Supplier A', 30_000],
      ['Supplier B', 15_000],
      ['Supplier C', 5_000],
    ]);
    expect(aged.totals).toEqual([expect.objectContaining({ currency: 'EUR', total: 50_000, unmatched: 0, balance: 50_000 })]);
    expect(payablesInTrialBalance(book, '2026-02-28').get('EUR')).toBe(50_000);
  });

  it('shows what no supplier explains as an unmatched balance, so the total still equals the accounts', () => {
    const book = [
      // An opening balance on the payables account with neither payee nor sub-account.
      testEntry('o1', '2026-01-01', [dr(id('openingBalances'), 70_000), cr(id('payable'), 70_000)]),
      testEntry('o2', '2026-01-10', [dr('ap', 2_000), cr(id('bank'), 2_000)]),
      testEntry('b1', '2026-01-15', [dr(id('rent'), 9_000), cr(id('payable'), 9_000)], { payee: 'Alfa' }),
      testEntry('u1', '2026-01-20', [dr(id('rent'), 3_000), cr(id('payable'), 3_000)], { payee: 'Alfa', currency: 'USD' }),
    ];
    const aged = report(book, '2026-01-31');
    expect(aged.rows.map((row) => [row.payee, row.currency, row.total])).toEqual([
      ['Alfa', 'EUR', 9_000],
      ['Alfa', 'USD', 3_000],
    ]);
    expect(aged.totals).toEqual([
      expect.objectContaining({ currency: 'EUR', total: 9_000, unmatched: 68_000, balance: 77_000 }),
      expect.objectContaining({ currency: 'USD', total: 3_000, unmatched: 0, balance: 3_000 }),
    ]);
    const accountsSay = payablesInTrialBalance(book, '2026-01-31');
    for (const total of aged.totals) expect(total.balance).toBe(accountsSay.get(total.currency));
  });

  it('leaves wages and taxes payable out: they are not owed to suppliers', () => {
    const names = [...payablesAccounts(accounts).values()].map((found) => found.account.name);
    expect(names).toEqual(['Accounts payable', 'Accounts Payable', 'Supplier A', 'Supplier B', 'Supplier C']);
  });

  it('applies a payment to the bills it names first, then to the oldest', () => {
    const book = [
      testEntry('b1', '2026-01-05', [dr(id('rent'), 10_000), cr(id('payable'), 10_000)], { payee: 'Gamma', number: '2026-0001' }),
      testEntry('b2', '2026-01-10', [dr(id('rent'), 20_000), cr(id('payable'), 20_000)], { payee: 'Gamma', number: '2026-0002' }),
      testEntry('b3', '2026-01-15', [dr(id('rent'), 30_000), cr(id('payable'), 30_000)], { payee: 'Gamma', number: '2026-0003' }),
      // Pays the newest bill and, of what is left, the oldest first.
      testEntry('p1', '2026-01-20', [dr(id('payable'), 35_000), cr(id('bank'), 35_000)], { payee: 'gamma', settles: [{ entryId: 'b3', amount: 30_000 }] }),
    ];
    const aged = report(book, '2026-01-31');
    expect(aged.rows[0]!.bills.map((bill) => [bill.entryId, bill.open])).toEqual([
      ['b1', 5_000],
      ['b2', 20_000],
    ]);
    // Without the pick, the same payment would have cleared the oldest bills.
    const fifo = report(book.map((entry) => (entry.id === 'p1' ? { ...entry, settles: undefined } : entry)), '2026-01-31');
    expect(fifo.rows[0]!.bills.map((bill) => [bill.entryId, bill.open])).toEqual([['b3', 25_000]]);
    expect(aged.totals[0]!.balance).toBe(fifo.totals[0]!.balance);
  });

  it('keeps the bills a payment names through the entry rules and the restore check', () => {
    const draft = draftFromInput(
      { date: '2026-01-20', currency: 'EUR', payee: 'Gamma', lines: [dr(id('payable'), 500), cr(id('bank'), 500)], settles: [{ entryId: 'b1', amount: 500 }] },
      { id: 'p1', at: testTimestamp },
    );
    expect(draft.settles).toEqual([{ entryId: 'b1', amount: 500 }]);
    const byId = indexAccounts(accounts);
    expect(validatePostedEntry({ ...draft, status: 'posted' }, byId)).toEqual([]);
    expect(validatePostedEntry({ ...draft, status: 'posted', settles: [{ entryId: 'b1', amount: -5 }] }, byId)).toEqual([expect.objectContaining({ key: 'ledger.entry.shapeInvalid' })]);
    expect(() => draftFromInput({ date: '2026-01-20', currency: 'EUR', lines: [], settles: [{ entryId: '', amount: 1 }] }, { id: 'x', at: testTimestamp })).toThrow();
  });
});

describe('aged payables by supplier', () => {
  const paper: SupplierNames = { id: 's-paper', name: 'Paper & Co Kft.', otherNames: ['Paper and Co'], archived: false };
  const book = [
    testEntry('b1', '2026-01-05', [dr(id('rent'), 10_000), cr(id('payable'), 10_000)], { payee: 'Paper and Co' }),
    testEntry('b2', '2026-01-10', [dr(id('rent'), 20_000), cr(id('payable'), 20_000)], { payee: 'PAPER  & co kft.' }),
    // A payment under the new spelling pays the oldest bill, made out to the old one.
    testEntry('p1', '2026-01-20', [dr(id('payable'), 4_000), cr(id('bank'), 4_000)], { payee: 'Paper & Co Kft.' }),
    testEntry('b3', '2026-01-12', [dr(id('rent'), 7_000), cr(id('payable'), 7_000)], { payee: 'Corner Shop' }),
    testEntry('b4', '2026-01-13', [dr(id('rent'), 1_000), cr('ap-a', 1_000)], { payee: 'Invoice 7' }),
  ];
  const grouped = (suppliers: SupplierNames[]) => agedPayables({ accounts, chunks: registerChunksFromEntries(book), asOf: '2026-01-31', suppliers });

  it("puts a supplier's bills under its current name, whatever spelling each used", () => {
    const aged = grouped([paper]);
    expect(aged.rows.map((row) => [row.payee, row.supplierId, row.total])).toEqual([
      ['Corner Shop', undefined, 7_000],
      ['Paper & Co Kft.', 's-paper', 26_000],
      ['Supplier A', undefined, 1_000],
    ]);
    expect(aged.rows[1]!.bills.map((bill) => [bill.entryId, bill.open])).toEqual([['b1', 6_000], ['b2', 20_000]]);
    // Grouping never changes what the payables accounts hold; the payment now pays a bill instead of waiting as an advance.
    const apart = report(book, '2026-01-31').totals[0]!;
    expect(aged.totals[0]).toMatchObject({ balance: apart.balance, total: 34_000, unapplied: 0 });
    expect(apart).toMatchObject({ total: 38_000, unapplied: 4_000 });
  });

  it('keeps spellings apart when no supplier has them, as before', () => {
    expect(report(book, '2026-01-31').rows.map((row) => [row.payee, row.total, row.unapplied])).toEqual([
      ['Corner Shop', 7_000, 0],
      ['PAPER  & co kft.', 20_000, 0],
      ['Paper & Co Kft.', 0, 4_000],
      ['Paper and Co', 10_000, 0],
      ['Supplier A', 1_000, 0],
    ]);
  });

  it('names a sub-account supplier by the supplier record too, and prefers a live supplier to an archived one of the same name', () => {
    const aged = grouped([{ id: 'old', name: 'Supplier A', otherNames: [], archived: true }, { id: 'new', name: 'Supplier A Ltd', otherNames: ['supplier a'], archived: false }]);
    expect(aged.rows.find((row) => row.total === 1_000)).toMatchObject({ payee: 'Supplier A Ltd', supplierId: 'new' });
  });

  it('lists every supplier name on the payables accounts once per spelling, with how often it is used', () => {
    expect(payablesPayees({ accounts, chunks: registerChunksFromEntries(book) })).toEqual([
      { name: 'Corner Shop', postings: 1, lastDate: '2026-01-12' },
      { name: 'PAPER  & co kft.', postings: 1, lastDate: '2026-01-10' },
      { name: 'Paper & Co Kft.', postings: 1, lastDate: '2026-01-20' },
      { name: 'Paper and Co', postings: 1, lastDate: '2026-01-05' },
      { name: 'Supplier A', postings: 1, lastDate: '2026-01-13' },
    ]);
  });
});
