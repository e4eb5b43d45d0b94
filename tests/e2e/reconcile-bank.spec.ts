import { expect, test } from './fixtures';
import { BankPage } from './pages/bank-page';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-31T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.postEntry({ date: '03/02/2026', payee: 'Northwind Ltd', memo: 'Invoice 14', lines: [{ account: '1010', debit: '1,000.00' }, { account: '4020', credit: '1,000.00' }] });
  await books.postEntry({ date: '03/10/2026', payee: 'Paper & Co', memo: 'Printer paper', lines: [{ account: '5300', debit: '120.50' }, { account: '1010', credit: '120.50' }] });
  await books.postEntry({ date: '03/30/2026', payee: 'City Utilities', memo: 'Electricity', lines: [{ account: '5200', debit: '30.00' }, { account: '1010', credit: '30.00' }] });
});

test('reconciling to a zero difference marks the ticked postings reconciled', async ({ page, app }, testInfo) => {
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`en-${name}.png`), fullPage: true });
  const bank = new BankPage(page, app);
  await bank.openTab('Reconcile');
  await expect(page.getByLabel('Account to reconcile')).toHaveValue(/.+/);
  await expect(page.getByText('This is the first reconciliation of the account')).toBeVisible();
  const postings = page.getByTestId('reconcile-postings').locator('.vtable-data');
  await expect(postings).toHaveCount(3);

  await page.getByLabel('Statement date').fill('03/20/2026');
  await page.getByLabel('Closing balance on the statement (EUR)').fill('879.50');
  await page.getByRole('button', { name: 'Start reconciling' }).click();
  await expect(page.getByTestId('difference')).toHaveText('879.50');
  await expect(page.getByRole('button', { name: 'Finish reconciliation' })).toBeDisabled();
  await shot('reconcile-01-started');

  await page.getByRole('checkbox', { name: 'Cleared: entry 2026-0001 of 03/02/2026' }).check();
  await expect(page.getByTestId('difference')).toHaveText('-120.50');
  await page.getByRole('checkbox', { name: 'Cleared: entry 2026-0002 of 03/10/2026' }).check();
  await expect(page.getByTestId('cleared-balance')).toHaveText('879.50');
  await expect(page.getByTestId('difference')).toHaveText('0.00');
  await shot('reconcile-02-zero');
  await page.getByRole('button', { name: 'Finish reconciliation' }).click();

  // Next time: the two are ✓, the third still open, the finished reconciliation listed.
  await expect(page.getByText('The last reconciliation ended on March 20th, 2026 with a balance of 879.50.')).toBeVisible();
  await expect(postings.filter({ hasText: '✓' })).toHaveCount(2);
  await expect(postings.filter({ hasText: 'City Utilities' })).not.toContainText('✓');
  const history = page.getByTestId('finished-reconciliations');
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('March 20th, 2026');
  await expect(history).toContainText('879.50');
  await shot('reconcile-03-finished');

  // The marks are stored: they survive a reload.
  await page.reload();
  await expect(postings.filter({ hasText: '✓' })).toHaveCount(2);
  await page.getByLabel('Hide reconciled postings').check();
  await expect(postings).toHaveCount(1);
});
