import { expect, test } from './fixtures';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
});

test('a quick expense of 12,700 HUF with 27% VAT makes the right three lines', async ({ page }) => {
  await completeSetup(page, { name: 'Duna Papír Kft.', currency: 'HUF' });
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await page.getByRole('link', { name: 'Expense paid' }).click();
  const form = page.locator('form.quick-form');
  await form.getByLabel('Payee').fill('Office Depot');
  await books.pickAccount(form.getByLabel('Expense account'), 'office');
  await expect(form.getByLabel('Paid from')).toHaveValue('1010 Bank account');
  await form.getByLabel('Amount (HUF)').fill('12 700');
  await form.getByLabel('VAT code').selectOption({ label: 'I27 — Input VAT 27%' });
  await expect(form.getByLabel('The amount is')).toHaveValue('gross');

  const preview = page.getByTestId('quick-preview').locator('tbody tr');
  await expect(preview).toHaveCount(3);
  await form.getByRole('button', { name: 'Post', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Entry 2026-0001 Posted' })).toBeVisible();
  const lines = page.getByTestId('entry-lines').locator('tbody tr');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toHaveText(/^1\s*5300 Office supplies\s*10,000\s*I27$/);
  await expect(lines.nth(1)).toHaveText(/^2\s*1300 Input VAT\s*2,700\s*I27$/);
  await expect(lines.nth(2)).toHaveText(/^3\s*1010 Bank account\s*12,700$/);
  await expect(page.locator('.entry-facts')).toContainText('Quick form');
  await expect(page.locator('.entry-facts')).toContainText('Office Depot');
});

test('a supplier bill, its payment, income and a transfer each make a normal entry', async ({ page }) => {
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  const form = page.locator('form.quick-form');

  await page.getByRole('link', { name: 'Supplier bill' }).click();
  await form.getByLabel('Supplier').fill('Paper & Co');
  await books.pickAccount(form.getByLabel('Expense account'), '5300');
  await expect(form.getByLabel('Accounts payable')).toHaveValue('2010 Accounts payable');
  await form.getByLabel('Amount (EUR)').fill('100');
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Entry 2026-0001 Posted' })).toBeVisible();

  await books.tab('New entry');
  await page.getByRole('link', { name: 'Bill payment' }).click();
  await form.getByLabel('Supplier').fill('Paper & Co');
  await form.getByLabel('Amount (EUR)').fill('100');
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Entry 2026-0002 Posted' })).toBeVisible();

  await books.tab('New entry');
  await page.getByRole('link', { name: 'Income received' }).click();
  await books.pickAccount(form.getByLabel('Income account'), 'services');
  await form.getByLabel('Amount (EUR)').fill('500');
  await form.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { name: /Draft entry/ })).toBeVisible();
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Entry 2026-0003 Posted' })).toBeVisible();

  await books.tab('New entry');
  await page.getByRole('link', { name: 'Transfer' }).click();
  await form.getByLabel('Amount (EUR)').fill('50');
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Entry 2026-0004 Posted' })).toBeVisible();

  await books.tab('Accounts');
  await expect(books.accountBalance('Accounts payable')).toHaveText('€0.00');
  await expect(books.accountBalance('Bank account')).toHaveText('€350.00');
  await expect(books.accountBalance('Cash')).toHaveText('€50.00');
  await expect(books.accountBalance('Services')).toHaveText('€500.00');
});

test('a quick form without an amount points at the field and writes nothing', async ({ page }) => {
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await page.getByRole('link', { name: 'Expense paid' }).click();
  const form = page.locator('form.quick-form');
  await form.getByLabel('Amount (EUR)').fill('1O0');
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(form.locator('.field-invalid').filter({ hasText: 'Amount' })).toContainText('Enter an amount in figures, such as 1,234.50.');
  await expect(form.locator('.field-invalid').filter({ hasText: 'Expense account' })).toContainText('Choose an account.');
  await expect(form.getByLabel('Amount (EUR)')).toHaveValue('1O0');
  await books.tab('Entries');
  await expect(page.getByText('No entries yet.')).toBeVisible();
});
