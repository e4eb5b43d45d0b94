import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { EntryAnswers } from './pages/bookkeeping-page';
import { billsAndVat, firstQuarter, postEntries } from './pages/reports-book';
import { completeSetup } from './pages/setup-page';

const today = '2026-03-15';

/** Besides the quarter's book: a cash sale, a fresh bill and a bank receipt dated after today. */
const more: EntryAnswers[] = [
  { date: '03/05/2026', payee: 'Walk-in customer', memo: 'Cash sale', lines: [{ account: '1020', debit: '60' }, { account: '4010', credit: '60' }] },
  { date: '03/01/2026', payee: 'Harbour Gas', memo: 'Gas, February', lines: [{ account: '5300', debit: '80' }, { account: '2010', credit: '80' }] },
  { date: '03/20/2026', payee: 'Anna Owner', memo: 'More capital', lines: [{ account: '1010', debit: '1000' }, { account: '3010', credit: '1000' }] },
];
const book = [...firstQuarter, ...billsAndVat, ...more];

const isoOf = (usDate: string) => {
  const [month, day, year] = usDate.split('/');
  return `${year}-${month}-${day}`;
};
const minorOf = (text: string | undefined) => Math.round(Number(text ?? '0') * 100);
const euros = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(minor / 100);

/** Debit minus credit of an account's lines in the entries dated within [from, to]. */
function net(entries: readonly EntryAnswers[], account: string, from: string, to: string, onlyVat = false): number {
  let sum = 0;
  for (const entry of entries) {
    const date = isoOf(entry.date!);
    if (date < from || date > to) continue;
    for (const line of entry.lines) {
      if (line.account !== account || (onlyVat && line.vat === undefined)) continue;
      sum += minorOf(line.debit) - minorOf(line.credit);
    }
  }
  return sum;
}

/** Supplier bills still open on `asOf`, paying each supplier's oldest bills first. */
function openBills(entries: readonly EntryAnswers[], asOf: string): Array<{ date: string; open: number }> {
  const bySupplier = new Map<string, Array<{ date: string; open: number }>>();
  const dated = entries.filter((entry) => isoOf(entry.date!) <= asOf).sort((a, b) => isoOf(a.date!).localeCompare(isoOf(b.date!)));
  for (const entry of dated) {
    const bills = bySupplier.get(entry.payee!) ?? [];
    bySupplier.set(entry.payee!, bills);
    for (const line of entry.lines.filter((l) => l.account === '2010')) {
      if (line.credit) bills.push({ date: isoOf(entry.date!), open: minorOf(line.credit) });
      let paid = minorOf(line.debit);
      for (const bill of bills) {
        const settled = Math.min(paid, bill.open);
        bill.open -= settled;
        paid -= settled;
      }
    }
  }
  return [...bySupplier.values()].flat().filter((bill) => bill.open > 0);
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

async function openHome(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Home' }).click();
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
});

test('home shows bank and cash balances, the bills to pay and this quarter’s VAT, each leading to its report', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  await postEntries(page, book);
  await openHome(page);

  const money = page.getByTestId('home-money');
  await expect(money.locator('dd[data-account="1010"]')).toHaveText(euros(net(book, '1010', '0000-01-01', today)));
  await expect(money.locator('dd[data-account="1020"]')).toHaveText(euros(net(book, '1020', '0000-01-01', today)));

  const bills = openBills(book, today);
  const card = page.getByTestId('home-bills');
  await expect(card.getByRole('term').first()).toHaveText(`Unpaid bills: ${bills.length}`);
  await expect(card.locator('[data-figure="total"]')).toHaveText(euros(bills.reduce((sum, bill) => sum + bill.open, 0)));
  const overdue = bills.filter((bill) => daysBetween(bill.date, today) > 30).reduce((sum, bill) => sum + bill.open, 0);
  await expect(card.locator('[data-figure="overdue"]')).toHaveText(euros(overdue));

  // Output VAT (credit on 2100) minus input VAT (debit on 1300) on lines with a VAT code, Q1 2026.
  const vat = -net(book, '2100', '2026-01-01', '2026-03-31', true) - net(book, '1300', '2026-01-01', '2026-03-31', true);
  const vatCard = page.getByTestId('home-vat');
  await expect(vatCard).toContainText('Calendar quarter 01/01/2026 – 03/31/2026, output minus input VAT');
  await expect(vatCard.locator('dd')).toHaveText(euros(vat));
  await expect(vatCard.getByRole('term')).toHaveText('To pay');

  await money.getByRole('link', { name: /1010/ }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Register: 1010 Assets:Bank account');
  await openHome(page);
  await card.getByRole('link', { name: 'Bills to pay' }).click();
  await expect(page.getByTestId('aged-payables-table')).toBeVisible();
  await openHome(page);
  await vatCard.getByRole('link', { name: 'VAT this quarter' }).click();
  await expect(page.getByTestId('vat-summary-table')).toBeVisible();
});

test('an empty book says so kindly, and New entry opens the entry screen from the keyboard', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  await openHome(page);
  await expect(page.getByTestId('home-money')).toContainText('No money recorded in bank or cash yet.');
  await expect(page.getByTestId('home-bills')).toContainText('No supplier bills are unpaid.');
  await expect(page.getByTestId('home-vat')).toContainText('No VAT recorded in this quarter yet.');

  const newEntry = page.getByRole('button', { name: 'New entry' });
  await newEntry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Kind of entry' })).toBeVisible();
  await expect(page.locator('form.entry-editor')).toBeVisible();
});
