import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { balanceSheet, balanceSheets, bucketsFromEntries, incomeStatement, incomeStatements, trialBalance, type JournalEntry } from '../../../../../shared/ledger';
import type { BackofficeDb } from '../../database';
import { ledgerTestBook } from './ledgerTesting';
import { storedEntries } from '../../testing';

let db: BackofficeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** A year and a quarter of a small business, posted through the repository. */
async function sampleBook() {
  const made = await ledgerTestBook({ fiscalYearStart: { month: 4, day: 6 } });
  db = made.db;
  const { ledger, entry } = made;
  const vat = await ledger.listVatCodes();
  const o20 = vat.find((c) => c.code === 'O20')!;
  const i20 = vat.find((c) => c.code === 'I20')!;
  const withVat = (code: string, lines: Array<[string, number, boolean]>) =>
    lines.map(([key, amount, tagged]) => ({ accountId: made.id(key), debit: Math.max(amount, 0), credit: Math.max(-amount, 0), ...(tagged ? { vatCode: code } : {}) }));
  await ledger.postNewEntry(entry('2025-01-03', [['bank', 5_000_000], ['capital', -5_000_000]]));
  for (let month = 1; month <= 15; month += 1) {
    const year = 2025 + Math.floor((month - 1) / 12);
    const mm = String(((month - 1) % 12) + 1).padStart(2, '0');
    await ledger.postNewEntry({ ...entry(`${year}-${mm}-05`, []), payee: 'Office Landlord', lines: withVat(i20.id, [['rent', 100_000, true], ['vatInput', 20_000, true], ['payable', -120_000, false]]) });
    await ledger.postNewEntry({ ...entry(`${year}-${mm}-12`, []), payee: 'Customer', lines: withVat(o20.id, [['bank', 360_000, false], ['sales', -300_000, true], ['vatOutput', -60_000, true]]) });
    if (month % 2 === 0) await ledger.postNewEntry(entry(`${year}-${mm}-20`, [['payable', 240_000], ['bank', -240_000]], { payee: 'office landlord' }));
    await ledger.postNewEntry(entry(`${year}-${mm}-28`, [['bankFees', 1_250], ['bank', -1_250]]));
  }
  const entries: JournalEntry[] = await storedEntries(made.db);
  const accounts = await ledger.listAccounts();
  return { ...made, entries, accounts };
}

describe('report loaders', () => {
  it('give the same reports from stored aggregates as the shared code from the entries, for any dates', async () => {
    const { ledger, entries, accounts } = await sampleBook();
    const buckets = bucketsFromEntries(entries);
    for (const [from, to] of [
      ['2025-01-01', '2025-12-31'],
      ['2025-02-14', '2025-07-09'],
      ['2025-04-06', '2026-04-05'],
      ['2026-03-01', '2026-03-27'],
    ] as const) {
      expect(await ledger.loadTrialBalance(from, to), `${from}..${to}`).toEqual(trialBalance({ accounts, buckets, from, to, fiscalYearStart: { month: 4, day: 6 } }));
      expect(await ledger.loadIncomeStatements({ from, to })).toEqual(incomeStatements({ accounts, buckets, from, to, baseCurrency: 'EUR' }));
      expect(await ledger.loadBalanceSheets(to)).toEqual(balanceSheets({ accounts, buckets, asOf: to, baseCurrency: 'EUR', fiscalYearStart: { month: 4, day: 6 } }));
      expect(await ledger.loadIncomeStatement({ from, to, compare: { from: '2024-12-01', to: '2025-01-17' } })).toEqual(
        incomeStatement({ accounts, buckets, from, to, currency: 'EUR', compare: { from: '2024-12-01', to: '2025-01-17' } }),
      );
      expect(await ledger.loadBalanceSheet(to, { compareAsOf: from })).toEqual(
        balanceSheet({ accounts, buckets, asOf: to, compareAsOf: from, currency: 'EUR', fiscalYearStart: { month: 4, day: 6 } }),
      );
    }
    expect(await ledger.loadTrialBalance(undefined, '2026-03-15')).toEqual(trialBalance({ accounts, buckets, to: '2026-03-15' }));
  });

  it('open income at zero in each fiscal year and name the years no close has ended', async () => {
    const { ledger, id } = await sampleBook();
    const tb = await ledger.loadTrialBalance('2025-04-06', '2025-04-30');
    // Before 6 April 2025: sales Jan–Mar (3), rent Jan–Apr 5 (4), fees Jan–Mar (3), all on retained earnings.
    expect(tb.rows.find((row) => row.accountId === id('sales'))?.opening).toBe(0);
    expect(tb.rows.find((row) => row.accountId === id('retainedEarnings'))?.opening).toBe(-(3 * 300_000 - 4 * 100_000 - 3 * 1_250));
    expect(tb.totals[0]?.balanced).toBe(true);
    expect(await ledger.loadUnclosedYears('2026-03-31')).toEqual([{ start: '2024-04-06', end: '2025-04-05' }]);
    expect(await ledger.loadUnclosedYears('2026-06-01')).toEqual([
      { start: '2024-04-06', end: '2025-04-05' },
      { start: '2025-04-06', end: '2026-04-05' },
    ]);
  });

  it('give hand-checked figures', async () => {
    const { ledger, id } = await sampleBook();
    const sheet = await ledger.loadBalanceSheet('2026-03-31');
    expect(sheet.totals.fiscalYearStart).toBe('2025-04-06');
    // 2025-04-06..2026-03-31: sales Apr 12 … Mar 12 = 12 × 3,000.00; rent May 5 … Mar 5 = 11 × 1,000.00; fees 12 × 12.50.
    expect(sheet.totals.currentYearResult).toBe(12 * 300_000 - 11 * 100_000 - 12 * 1_250);
    // Before it: sales Jan–Mar (3), rent Jan–Apr 5 (4), fees Jan–Mar (3).
    expect(sheet.totals.earlierYearsResult).toBe(3 * 300_000 - 4 * 100_000 - 3 * 1_250);
    expect(sheet.totals.balanced).toBe(true);

    const vat = await ledger.loadVatSummary('2025-01-01', '2025-03-31');
    expect(vat.totals).toEqual([{ currency: 'EUR', inputBase: 300_000, inputTax: 60_000, outputBase: 900_000, outputTax: 180_000, netTax: 120_000 }]);

    const register = await ledger.loadAccountRegister(id('bank'), '2025-02-10', '2025-02-28');
    // Opening: 50,000.00 + 3,600.00 − 12.50 (January) = 53,587.50.
    expect(register.opening).toEqual([{ currency: 'EUR', amount: 5_358_750 }]);
    expect(register.rows.map((row) => [row.date, row.debit, row.credit, row.balance])).toEqual([
      ['2025-02-12', 360_000, 0, 5_718_750],
      ['2025-02-20', 0, 240_000, 5_478_750],
      ['2025-02-28', 0, 1_250, 5_477_500],
    ]);
    const whole = await ledger.loadAccountRegister(id('bank'));
    expect(whole.rows).toHaveLength(1 + 15 + 7 + 15);
    expect(whole.opening).toEqual([]);

    // Numbered in the fiscal year that began on 6 April 2024: capital, then January's three, then February's.
    const journal = await ledger.loadJournal('2025-02-01', '2025-02-28');
    expect(journal.entries.map((e) => [e.date, e.number, e.payee])).toEqual([
      ['2025-02-05', '2024-0005', 'Office Landlord'],
      ['2025-02-12', '2024-0006', 'Customer'],
      ['2025-02-20', '2024-0007', 'office landlord'],
      ['2025-02-28', '2024-0008', ''],
    ]);
    expect(journal.totals).toEqual([{ currency: 'EUR', debit: 720_000 + 1_250, credit: 720_000 + 1_250 }]);

    // Fifteen bills of 1,200.00 and seven payments of 2,400.00: only the last bill, of
    // 5 March 2026, is open on 30 April (56 days); the landlord's name differs in case only.
    const aged = await ledger.loadAgedPayables('2026-04-30');
    expect(aged.rows).toHaveLength(1);
    expect(aged.rows[0]).toMatchObject({ payee: 'Office Landlord', current: 0, days31to60: 120_000, days61to90: 0, total: 120_000 });
  });
});
