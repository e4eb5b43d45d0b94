import { expect, test } from './fixtures';
import { BookkeepingPage, seedPostedEntries } from './pages/bookkeeping-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
});

test('an entry typed by hand is posted, numbered and listed', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('Entries');
  await expect(page.getByText('No entries yet.')).toBeVisible();

  const number = await books.postEntry({
    date: '03/14/2026',
    payee: 'Paper & Co',
    memo: 'Printer paper',
    lines: [
      { account: '5300', debit: '120.50' },
      { account: 'bank', credit: '120.50' },
    ],
  });
  expect(number).toBe('2026-0001');
  await expect(page.getByTestId('entry-lines').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('difference')).toHaveText('Balanced');

  await books.tab('Entries');
  const row = books.entryRow('2026-0001');
  await expect(row).toContainText('03/14/2026');
  await expect(row).toContainText('Paper & Co');
  await expect(row).toContainText('Printer paper');
  await expect(row).toContainText('120.50');
  await expect(row).toContainText('Posted');
  await row.click();
  await expect(page.getByRole('heading', { name: /Entry 2026-0001/ })).toBeVisible();
});

test('an unbalanced entry is refused with the difference shown, and nothing is posted', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.fillEntry({ payee: 'Paper & Co', lines: [{ account: '5300', debit: '100' }, { account: '1010', credit: '90' }] });
  await expect(page.getByTestId('difference')).toHaveText('Difference: €10.00');
  await expect(page.getByTestId('total-debit')).toHaveText('€100.00');
  await expect(page.getByTestId('total-credit')).toHaveText('€90.00');

  await page.getByRole('button', { name: 'Post', exact: true }).click();
  const problems = page.getByTestId('entry-problems');
  await expect(problems).toContainText('The entry was not posted; nothing was written.');
  await expect(problems).toContainText('Debits and credits differ by €10.00.');
  // What was typed is still there, and the editor is still the new entry's.
  await expect(books.lineField(1, 'Debit')).toHaveValue('100.00');
  await expect(books.lineField(2, 'Credit')).toHaveValue('90.00');
  await expect(page.getByRole('heading', { name: /New journal entry/ })).toBeVisible();

  await books.tab('Entries');
  await expect(page.getByText('No entries yet.')).toBeVisible();
});

test('text in an amount field gets a clear message next to the line and nothing is saved', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.fillEntry({ lines: [{ account: '5300', debit: 'twelve' }, { account: '1010', credit: '12' }] });
  await expect(books.lineField(1, 'Debit')).toHaveAttribute('aria-invalid', 'true');
  const message = page.getByTestId('line-1').locator('xpath=..').getByRole('alert');
  await expect(message).toHaveText('Debit: Enter an amount in figures, such as 1,234.50.');

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByTestId('entry-problems')).toHaveText('Some fields need attention. Look at the messages next to them; nothing was saved.');
  await expect(books.lineField(1, 'Debit')).toHaveValue('twelve');
  await books.tab('Entries');
  await expect(page.getByText('No entries yet.')).toBeVisible();
});

test('keyboard: Enter adds a line and moves to its account, Ctrl+Enter saves the draft', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.pickAccount(books.lineField(1, 'Account'), 'office');
  await books.lineField(1, 'Debit').fill('30');
  await books.pickAccount(books.lineField(2, 'Account'), '1020');
  await books.lineField(2, 'Credit').fill('20');
  await books.lineField(2, 'Credit').press('Enter');
  await expect(books.lineField(3, 'Account')).toBeFocused();
  await page.keyboard.type('1010');
  await page.keyboard.press('Enter');
  await expect(books.lineField(3, 'Account')).toHaveValue('1010 Bank account');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(books.lineField(3, 'Credit')).toBeFocused();
  await page.keyboard.type('10');
  await expect(page.getByTestId('difference')).toHaveText('Balanced');

  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: /Draft entry/ })).toBeVisible();
  await expect(books.lineField(3, 'Credit')).toHaveValue('10.00');
  await books.tab('Entries');
  await expect(books.entryRow('Draft')).toContainText('30.00');
});

test('a posted entry is reversed: both are linked and the balances are back to zero', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.postEntry({ date: '03/02/2026', payee: 'Paper & Co', lines: [{ account: '5300', debit: '75.20' }, { account: '1010', credit: '75.20' }] });
  await books.tab('Accounts');
  await expect(books.accountBalance('Office supplies')).toHaveText('€75.20');
  await expect(books.accountBalance('Bank account')).toHaveText('-€75.20');

  await books.tab('Entries');
  await books.entryRow('2026-0001').click();
  await page.getByRole('button', { name: 'Reverse…' }).click();
  const dialog = books.dialog();
  await expect(dialog.getByLabel('Reversal date')).toHaveValue('03/15/2026');
  await dialog.getByRole('button', { name: 'Reverse entry' }).click();

  await expect(page.getByRole('heading', { name: 'Entry 2026-0002 Posted' })).toBeVisible();
  await expect(page.getByTestId('entry-lines').getByRole('row').nth(1)).toContainText('75.20');
  await page.getByRole('link', { name: 'Reverses entry 2026-0001' }).click();
  await expect(page.getByRole('heading', { name: 'Entry 2026-0001 Reversed' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Reversed by entry 2026-0002' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reverse…' })).toHaveCount(0);

  await books.tab('Entries');
  await expect(books.entryRow('2026-0001')).toContainText('Reversed');
  await expect(books.entryRow('2026-0002')).toContainText('Posted');
  await books.tab('Accounts');
  await expect(books.accountBalance('Office supplies')).toHaveText('€0.00');
  await expect(books.accountBalance('Bank account')).toHaveText('€0.00');
});

test('a draft is deleted only after confirming', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.fillEntry({ memo: 'Not needed', lines: [{ account: '5300', debit: '5' }, { account: '1020', credit: '5' }] });
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { name: /Draft entry/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete draft' }).click();
  await books.dialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: /Draft entry/ })).toBeVisible();
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await books.dialog().getByRole('button', { name: 'Delete draft' }).click();
  await expect(page.getByText('No entries yet.')).toBeVisible();
});

test('thousands of entries: the list keeps only the rows in view, scrolls with the keyboard and filters', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('Entries');
  await seedPostedEntries(page, 5000);
  await page.reload();
  await expect(page.getByTestId('entry-count')).toHaveText('Entries shown: 5000');
  const rendered = await page.locator('.vtable-data').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(80);

  // Newest first; End goes to the oldest, Enter opens it.
  await expect(books.entryRows().first()).toContainText('2025-5000');
  await books.entryRows().first().click();
  await page.goBack();
  await books.entryRows().first().focus();
  await page.keyboard.press('End');
  await expect(books.entryRow('2025-0001')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Entry 2025-0001 Posted' })).toBeVisible();

  await page.getByRole('link', { name: 'Back to entries' }).click();
  await page.getByLabel('Search').fill('supplier 4321');
  await expect(books.entryRows()).toHaveCount(1);
  await expect(books.entryRow('2025-4321')).toContainText('44.21');
  await page.getByLabel('Search').fill('');
  await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption({ label: 'Custom dates' });
  await page.getByLabel('From').fill('12/01/2025');
  await page.getByLabel('To', { exact: true }).fill('12/31/2025');
  await expect(page.getByTestId('entry-count')).toHaveText(/Entries shown: 4\d\d$/);
});

test('posting a draft whose account was archived since is refused on that line', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.fillEntry({ payee: 'Travel agency', lines: [{ account: '5700', debit: '80' }, { account: '1010', credit: '80' }] });
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { name: /Draft entry/ })).toBeVisible();
  const draftAddress = page.url();

  await books.tab('Accounts');
  await books.accountAction('Travel', 'Archive');
  await page.goto(draftAddress);
  await expect(books.lineField(1, 'Account')).toHaveValue('5700 Travel');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByTestId('line-1').locator('xpath=..').getByRole('alert')).toHaveText(
    'The account Travel is archived. Choose an active account or restore it.',
  );
  await expect(page.getByRole('heading', { name: /Draft entry/ })).toBeVisible();
});
