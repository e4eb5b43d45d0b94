import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BankPage, journalFixture } from './pages/bank-page';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';

test.use({ viewport: { width: 1366, height: 768 } });

/** "1,331.80" or "-25.00" as minor units. */
const minor = (text: string) => Math.round(Number(text.replace(/[,\s]/g, '')) * 100);

async function importJournal(page: Page, bank: BankPage, fileName: string): Promise<void> {
  await bank.openTab('Journal file');
  bank.app.dialogs.answerNextOpen(journalFixture(fileName));
  await page.getByRole('button', { name: 'Choose journal file…' }).click();
  await page.getByRole('button', { name: /^Import entries/ }).click();
  await expect(page.getByTestId('journal-import-done')).toContainText('Entries posted: 14');
}

/** What the trial balance shows on the payables accounts (every row under accounts payable), credit positive. */
async function payablesInTrialBalance(reports: ReportsPage, from: string, to: string): Promise<number> {
  await reports.open('Trial balance');
  await reports.customPeriod(from, to);
  const rows = reports.page.getByTestId('trial-balance-table').locator('tbody tr[data-account]');
  await expect(rows.filter({ hasText: 'Juniper Security' })).toHaveCount(1);
  let sum = 0;
  for (const row of await rows.all()) {
    const path = (await row.getAttribute('data-account')) ?? '';
    if (/^Liabilities:Accounts payable/i.test(path)) sum -= minor((await reports.figures(row)).at(-1)!);
  }
  return sum;
}

const totalOwed = async (reports: ReportsPage, table: Locator) => minor((await reports.figures(table.locator('tr.total').first())).at(-1)!);

test('aged payables equal to the payables accounts after a journal import', async ({ page, app }, testInfo) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  await importJournal(page, new BankPage(page, app), 'supplier-subaccounts.journal');

  const reports = new ReportsPage(page);
  const accountsSay = await payablesInTrialBalance(reports, '01/01/2026', '03/15/2026');
  expect(accountsSay).toBe(1_331_80);

  await reports.show('Aged payables');
  const table = page.getByTestId('aged-payables-table');
  // Ten suppliers named by their sub-accounts, though the descriptions name only invoices.
  await expect(table.locator('tr[data-supplier]')).toHaveCount(10);
  await expect.poll(() => reports.figures(table.locator('tr[data-supplier="Birch Hardware"]'))).toEqual(['', '', '150.00', '', '150.00']);
  // The part no supplier explains is shown, not dropped.
  await expect(page.getByTestId('aged-payables-unmatched')).toContainText('Unmatched balance');
  await expect(page.getByTestId('aged-payables-unmatched').locator('td.num').last()).toHaveText('25.00');
  expect(await totalOwed(reports, table)).toBe(accountsSay);
  await page.screenshot({ path: testInfo.outputPath('en-aged-payables-imported.png'), fullPage: true });
});

test('a book with bills from quick forms, a journal import and a bank import: aged payables agree with the trial balance, and a payment pays the bill picked', async ({ page, app }, testInfo) => {
  // An import, two new accounts, three forms, a statement and two reports: give it room on a busy machine.
  test.slow();
  await page.clock.setFixedTime(new Date('2026-03-31T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  const bank = new BankPage(page, app);
  await importJournal(page, bank, 'supplier-subaccounts.journal');

  // The import keeps payables per supplier under 2010, which makes it a group: a bill for a
  // supplier without an account of their own is refused, and the office adds the account.
  const books = new BookkeepingPage(page);
  const form = page.locator('form.quick-form');
  const billForm = async (supplier: string, amount: string) => {
    await books.open('New entry');
    await page.getByRole('link', { name: 'Supplier bill' }).click();
    await form.getByLabel('Date', { exact: true }).fill('03/01/2026');
    await form.getByLabel('Supplier').fill(supplier);
    await books.pickAccount(form.getByLabel('Expense account'), '5300');
    await form.getByLabel('Amount (EUR)').fill(amount);
  };
  await billForm('Paper & Co', '300');
  await expect(form.getByLabel('Accounts payable')).toHaveValue('2010 Accounts payable');
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(form.getByRole('alert')).toContainText('2010 Accounts payable is a group of accounts. Post to one of its sub-accounts instead.');
  for (const supplier of ['Paper & Co', 'Müller GmbH']) {
    await books.open('Accounts');
    await page.getByRole('button', { name: 'Add account' }).click();
    const newAccount = page.getByRole('form', { name: 'New account' });
    await newAccount.getByLabel('Name').fill(supplier);
    await books.pickAccount(newAccount.getByLabel('Parent account'), '2010');
    await newAccount.getByRole('button', { name: 'Add account' }).click();
    await expect(books.accountRow(supplier)).toHaveAttribute('data-account-path', `Liabilities:Accounts payable:${supplier}`);
  }

  // Two bills through the quick form, each on the supplier's own account; Müller's is paid from the bank statement.
  for (const bill of [{ supplier: 'Müller GmbH', amount: '150.40' }, { supplier: 'Paper & Co', amount: '300' }]) {
    await billForm(bill.supplier, bill.amount);
    await expect(form.getByLabel('Accounts payable')).toHaveValue(bill.supplier);
    await form.getByRole('button', { name: 'Post', exact: true }).click();
    await expect(page.getByRole('heading', { name: /^Entry 2026-\d+ Posted$/ })).toBeVisible();
  }

  await bank.openTab('Bank import');
  await bank.chooseStatement('camt053.xml');
  const rows = page.locator('.review-table tbody tr');
  // The review shows the statement's lines once it is read; count them only then.
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  for (let index = 0; index < count; index += 1) {
    const toSupplier = (await rows.nth(index).textContent())?.includes('Müller GmbH');
    await bank.pickAccount(rows.nth(index).locator('.col-account input'), toSupplier ? 'Müller GmbH' : '5900');
  }
  await page.getByRole('button', { name: `Post entries (${count})` }).click();
  await expect(page.getByTestId('import-summary')).toContainText(`Entries posted to Bank account: ${count}`);

  // Paying Alder Timber's newer bill: the form lists the open bills and takes the one picked.
  await books.open('New entry');
  await page.getByRole('link', { name: 'Bill payment' }).click();
  await expect(form.getByText('Type or pick the supplier to see their open bills.')).toBeVisible();
  await form.getByLabel('Supplier').fill('Alder Timber');
  const bills = page.getByTestId('open-bills').locator('tbody tr');
  await expect(bills).toHaveCount(2);
  await form.getByRole('checkbox', { name: /of 02\/20\/2026$/ }).check();
  await expect(form.getByLabel('Amount (EUR)')).toHaveValue('80.00');
  await expect(form.getByLabel('Accounts payable')).toHaveValue(/Alder Timber/);
  await page.screenshot({ path: testInfo.outputPath('en-bill-payment-picks.png'), fullPage: true });
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Entry 2026-\d+ Posted$/ })).toBeVisible();

  const reports = new ReportsPage(page);
  const accountsSay = await payablesInTrialBalance(reports, '01/01/2026', '03/31/2026');
  // The journal's 1,331.80, less the 80.00 paid, plus the two quick bills; Müller's is paid from the bank.
  expect(accountsSay).toBe(1_331_80 - 80_00 + 300_00);
  await reports.show('Aged payables');
  const table = page.getByTestId('aged-payables-table');
  await expect(table.locator('tr[data-supplier="Paper & Co"]')).toBeVisible();
  await expect(table.locator('tr[data-supplier="Müller GmbH"]')).toHaveCount(0);
  expect(await totalOwed(reports, table)).toBe(accountsSay);
  // The older bill is the one still open: the payment went to the bill picked, not the oldest.
  await table.getByRole('button', { name: 'Alder Timber' }).click();
  const open = table.locator('tr.detail');
  await expect(open).toHaveCount(1);
  await expect(open).toContainText('01/05/2026');
  await expect(open.locator('td.num').last()).toHaveText('120.00');
  await page.screenshot({ path: testInfo.outputPath('en-aged-payables-book.png'), fullPage: true });

  for (const language of ['ru', 'hu'] as const) {
    await page.goto('#/settings');
    await page.locator('select:has(option[value="hu"])').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.goto('#/bookkeeping/reports/aged-payables');
    await expect(page.getByTestId('aged-payables-unmatched')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${language}-aged-payables-book.png`), fullPage: true });
    await page.goto('#/bookkeeping/new/billPayment');
    await form.locator('input[list]').fill('Alder Timber');
    await form.getByRole('checkbox').first().check();
    await page.screenshot({ path: testInfo.outputPath(`${language}-bill-payment-picks.png`), fullPage: true });
  }
});
