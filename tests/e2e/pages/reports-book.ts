import type { Page } from '@playwright/test';
import { BookkeepingPage, type EntryAnswers } from './bookkeeping-page';

/**
 * A small first quarter of a trading company, posted through the entry form: a sale in
 * December before it, the owner's capital, rent, a sale with output VAT, office supplies.
 * Trial balance of Q1 2026 (opening / debit / credit / closing); the December sale is 2025's
 * result, so it opens 2026 on retained earnings and sales open at zero:
 *   Assets:Bank account          500.00 / 12,540.00 / 1,320.50 / 11,719.50
 *   Liabilities:Output VAT            — /         — /   540.00 /   −540.00
 *   Equity:Owner's capital            — /         — / 10,000.00 / −10,000.00
 *   Equity:Retained earnings    −500.00 /         — /         — /   −500.00
 *   Income:Sales of goods             — /         — / 2,000.00 / −2,000.00
 *   Expenses:Rent                     — /  1,200.00 /        — /  1,200.00
 *   Expenses:Office supplies          — /    120.50 /        — /    120.50
 */
export const firstQuarter: EntryAnswers[] = [
  { date: '12/15/2025', payee: 'Northwind Ltd', memo: 'December sale', lines: [{ account: '1010', debit: '500' }, { account: '4010', credit: '500' }] },
  { date: '01/05/2026', payee: 'Anna Owner', memo: 'Capital paid in', lines: [{ account: '1010', debit: '10000' }, { account: '3010', credit: '10000' }] },
  { date: '01/20/2026', payee: 'Quay Properties', memo: 'Rent, January', lines: [{ account: '5100', debit: '1200' }, { account: '1010', credit: '1200' }] },
  {
    date: '02/10/2026',
    payee: 'Northwind Ltd',
    memo: 'Goods sold',
    lines: [
      { account: '1010', debit: '2540' },
      { account: '4010', credit: '2000' },
      { account: '2100', credit: '540' },
    ],
  },
  { date: '03/02/2026', payee: 'Paper & Co', memo: 'Printer paper', lines: [{ account: '5300', debit: '120.50' }, { account: '1010', credit: '120.50' }] },
];

export const firstQuarterAccounts = [
  'Assets:Bank account',
  'Liabilities:Output VAT',
  "Equity:Owner's capital",
  'Equity:Retained earnings',
  'Income:Sales of goods',
  'Expenses:Rent',
  'Expenses:Office supplies',
];

/** Posts the entries one by one through New entry, as the office manager would. */
export async function postEntries(page: Page, entries: readonly EntryAnswers[] = firstQuarter): Promise<void> {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  for (const entry of entries) await books.postEntry(entry);
}

/**
 * Supplier bills, a part payment and sales with VAT codes (EUR company: codes I20 and O20),
 * for aged payables and the VAT summary. As of 03/15/2026 Quay Properties is owed 700.00
 * (a bill of 01/10/2026, 64 days old) and Paper & Co 300.00 (12/01/2025, over 90 days).
 * VAT of Q1 2026: input I20 base 1,000.00 tax 200.00; output O20 base 1,500.00 tax 300.00.
 */
export const billsAndVat: EntryAnswers[] = [
  { date: '12/01/2025', payee: 'Paper & Co', memo: 'Paper, December', lines: [{ account: '5300', debit: '300' }, { account: '2010', credit: '300' }] },
  {
    date: '01/10/2026',
    payee: 'Quay Properties',
    memo: 'Rent, January, invoice Q-118',
    lines: [
      { account: '5100', debit: '1000', vat: 'I20' },
      { account: '1300', debit: '200', vat: 'I20' },
      { account: '2010', credit: '1200' },
    ],
  },
  { date: '02/15/2026', payee: 'Quay Properties', memo: 'Part payment of Q-118', lines: [{ account: '2010', debit: '500' }, { account: '1010', credit: '500' }] },
  {
    date: '02/20/2026',
    payee: 'Northwind Ltd',
    memo: 'Services, February',
    lines: [
      { account: '1010', debit: '1800' },
      { account: '4020', credit: '1500', vat: 'O20' },
      { account: '2100', credit: '300', vat: 'O20' },
    ],
  },
];
