import { expect, test } from './fixtures';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
});

test('an account is added under a parent, moved, archived and restored', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('Accounts');
  await page.getByRole('button', { name: 'Add account' }).click();
  const form = page.getByRole('form', { name: 'New account' });
  await form.getByLabel('Name').fill('Printer paper');
  await form.getByLabel('Code').fill('5310');
  await books.pickAccount(form.getByLabel('Parent account'), '5300');
  await expect(form.getByLabel('Type')).toHaveValue('expense');
  await expect(form.getByLabel('Type')).toBeDisabled();
  await form.getByRole('button', { name: 'Add account' }).click();

  const row = books.accountRow('Printer paper');
  await expect(row).toHaveAttribute('data-account-path', 'Expenses:Office supplies:Printer paper');
  await expect(row.locator('td').first()).toHaveText('5310');

  // A code already used is refused next to the field.
  await page.getByRole('button', { name: 'Add account' }).click();
  await form.getByLabel('Name').fill('Duplicate');
  await form.getByLabel('Code').fill('5310');
  await form.getByRole('button', { name: 'Add account' }).click();
  await expect(form.locator('.field-invalid')).toContainText('The code 5310 is used by another account. Choose another code.');
  await form.getByRole('button', { name: 'Cancel' }).click();

  // Move: choose another parent.
  await books.accountAction('Printer paper', 'Change');
  const edit = page.getByRole('form', { name: 'Change account' });
  await books.pickAccount(edit.getByLabel('Parent account'), 'Other expenses');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(row).toHaveAttribute('data-account-path', 'Expenses:Other expenses:Printer paper');

  // Archive: hidden, shown muted on demand, not offered in the entry editor, restorable.
  await books.accountAction('Printer paper', 'Archive');
  await expect(row).toHaveCount(0);
  await page.getByLabel('Show archived accounts').check();
  await expect(row).toHaveClass(/is-archived/);
  await expect(row).toContainText('archived');
  await books.tab('New entry');
  await books.lineField(1, 'Account').fill('5310');
  await expect(page.getByRole('listbox').getByText('No account matches.')).toBeVisible();
  await books.tab('Accounts');
  await page.getByLabel('Show archived accounts').check();
  await books.accountAction('Printer paper', 'Restore');
  await page.getByLabel('Show archived accounts').uncheck();
  await expect(row).not.toHaveClass(/is-archived/);
});

test('an account with postings cannot be deleted; an unused one can', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.postEntry({ lines: [{ account: '5500', debit: '2.50' }, { account: '1010', credit: '2.50' }] });

  await books.tab('Accounts');
  await books.accountAction('Bank fees', 'Delete');
  await expect(books.dialog()).toContainText('Delete account Bank fees?');
  await books.dialog().getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alert')).toHaveText('Bank fees cannot be deleted: it has postings. Archive it instead.');
  await expect(books.accountRow('Bank fees')).toHaveCount(1);

  await books.accountAction('Travel', 'Delete');
  await books.dialog().getByRole('button', { name: 'Delete' }).click();
  await expect(books.accountRow('Travel')).toHaveCount(0);
});

test('VAT codes: a new rate is added and an existing one changed', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('VAT codes');
  await page.getByRole('button', { name: 'Add VAT code' }).click();
  const form = page.getByRole('form', { name: 'New VAT code' });
  await form.getByLabel('Code').fill('I5.5');
  await form.getByLabel('Name').fill('Reduced books rate');
  await form.getByLabel('Rate %').fill('5,5');
  await form.getByRole('button', { name: 'Save VAT code' }).click();
  const row = page.locator('.vat-table tbody tr').filter({ hasText: 'I5.5' });
  await expect(row).toContainText('Reduced books rate');
  await expect(row).toContainText('5.5 %');
  await expect(row).toContainText('Input (purchases)');
  await expect(row).toContainText('1300 Input VAT');

  await page.getByRole('button', { name: 'Change I5.5' }).click();
  const edit = page.getByRole('form', { name: 'Change VAT code I5.5' });
  await edit.getByLabel('Rate %').fill('abc');
  await edit.getByRole('button', { name: 'Save VAT code' }).click();
  await expect(edit.locator('.field-invalid')).toContainText('Enter the rate as a number between 0 and 100');
  await edit.getByLabel('Rate %').fill('7');
  await edit.getByRole('button', { name: 'Save VAT code' }).click();
  await expect(row).toContainText('7 %');
});
