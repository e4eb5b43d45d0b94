import { expect, test } from './fixtures';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-04-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
});

test('after locking March, an entry dated in March is refused with a clear message and nothing is written', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('Periods');
  await expect(page.getByTestId('lock-state')).toHaveText('No period is locked.');
  await page.getByLabel('New lock date').fill('03/31/2026');
  await page.getByRole('button', { name: 'Set lock date…' }).click();
  const dialog = books.dialog();
  await expect(dialog).toContainText('Lock the books up to March 31st, 2026?');
  await expect(dialog).toContainText('entries dated March 31st, 2026 or earlier are refused');
  await dialog.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByTestId('lock-state')).toHaveText('Books are locked up to and including March 31st, 2026.');

  await books.tab('New entry');
  await books.fillEntry({ date: '03/20/2026', payee: 'Late invoice', lines: [{ account: '5300', debit: '40' }, { account: '1010', credit: '40' }] });
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.locator('.entry-header')).toContainText(
    'The books are locked up to March 31st, 2026. Choose a later date or ask for the lock date to be moved.',
  );
  await expect(page.getByTestId('entry-problems')).toContainText('The entry was not posted; nothing was written.');
  await expect(page.locator('.entry-header').getByLabel('Date', { exact: true })).toHaveValue('03/20/2026');

  // A later date posts; the refused one left nothing behind.
  await page.locator('.entry-header').getByLabel('Date', { exact: true }).fill('04/01/2026');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Entry 2026-0001 Posted' })).toBeVisible();
  await books.tab('Entries');
  await expect(books.entryRows()).toHaveCount(1);
  await expect(books.entryRow('2026-0001')).toContainText('04/01/2026');
});

test('removing the lock asks first', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('Periods');
  await page.getByLabel('New lock date').fill('2026-01-31');
  await page.getByRole('button', { name: 'Set lock date…' }).click();
  await books.dialog().getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByTestId('lock-state')).toContainText('January 31st, 2026');

  await page.getByRole('button', { name: 'Remove lock…' }).click();
  await books.dialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('lock-state')).toContainText('January 31st, 2026');
  await page.getByRole('button', { name: 'Remove lock…' }).click();
  await books.dialog().getByRole('button', { name: 'Remove lock' }).click();
  await expect(page.getByTestId('lock-state')).toHaveText('No period is locked.');
});

test('year-end close: preview, confirm, and the closing entry moves the result to retained earnings', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.postEntry({ date: '2025-06-10', payee: 'Northwind Ltd', lines: [{ account: '1010', debit: '1,000' }, { account: '4020', credit: '1,000' }] });
  await books.postEntry({ date: '2025-09-01', payee: 'Landlord', lines: [{ account: '5100', debit: '400' }, { account: '1010', credit: '400' }] });

  await books.tab('Periods');
  await page.getByLabel('Fiscal year', { exact: true }).selectOption({ label: '01/01/2025 – 12/31/2025' });
  const preview = page.getByTestId('closing-preview');
  await expect(preview.locator('tbody tr')).toHaveCount(3);
  await expect(preview.locator('tbody tr').filter({ hasText: 'Services' })).toContainText('1,000.00');
  await expect(preview.locator('tbody tr').filter({ hasText: 'Rent' })).toContainText('400.00');
  await expect(preview.locator('tbody tr').filter({ hasText: 'Retained earnings' })).toContainText('600.00');

  await page.getByRole('button', { name: 'Close the year…' }).click();
  await expect(books.dialog()).toContainText('Close the fiscal year January 1st, 2025 – December 31st, 2025?');
  await books.dialog().getByRole('button', { name: 'Close the year' }).click();
  await expect(page.getByTestId('year-end-preview')).toContainText('This year was closed with entry 2025-0003.');

  await page.getByRole('link', { name: 'Open entry 2025-0003' }).click();
  await expect(page.getByRole('heading', { name: 'Entry 2025-0003 Posted' })).toBeVisible();
  await expect(page.locator('.entry-facts')).toContainText('Year-end close');
  await expect(page.locator('.entry-facts')).toContainText('December 31st, 2025');

  await books.tab('Accounts');
  await expect(books.accountBalance('Retained earnings')).toHaveText('€600.00');
  await expect(books.accountBalance('Services')).toHaveText('€0.00');
  await expect(books.accountBalance('Rent')).toHaveText('€0.00');
  await expect(books.accountBalance('Bank account')).toHaveText('€600.00');
});
