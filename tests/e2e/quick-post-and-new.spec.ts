import { expect, test } from './fixtures';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { completeSetup } from './pages/setup-page';

test.use({ viewport: { width: 1366, height: 768 } });

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
});

test('post and new: Ctrl+Enter posts, the form stays on the same kind with the date and accounts, the rest empty', async ({ page }, testInfo) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await page.getByRole('link', { name: 'Expense paid' }).click();
  const form = page.locator('form.quick-form');
  const buttons = form.locator('.form-actions button');
  await expect(buttons).toHaveText(['Post', 'Post and newCtrl+Enter', 'Save draft']);
  await expect(form.getByRole('button', { name: 'Post and new', exact: true })).toHaveAttribute('aria-keyshortcuts', 'Control+Enter');

  await form.getByLabel('Date', { exact: true }).fill('03/10/2026');
  await form.getByLabel('Payee').fill('Office Depot');
  await books.pickAccount(form.getByLabel('Expense account'), '5300');
  await form.getByLabel('Amount (EUR)').fill('12');
  await form.getByLabel('Memo').fill('Toner');
  await form.getByLabel('Amount (EUR)').press('Control+Enter');

  await expect(page.locator('.notices')).toContainText('Entry 2026-0001 posted.');
  await expect(page.getByRole('heading', { name: 'Expense paid' })).toBeVisible();
  await expect(form.getByLabel('Payee')).toHaveValue('');
  await expect(form.getByLabel('Payee')).toBeFocused();
  await expect(form.getByLabel('Amount (EUR)')).toHaveValue('');
  await expect(form.getByLabel('Memo')).toHaveValue('');
  await expect(form.getByLabel('Date', { exact: true })).toHaveValue('03/10/2026');
  await expect(form.getByLabel('Expense account')).toHaveValue('5300 Office supplies');
  await expect(form.getByLabel('Paid from')).toHaveValue('1010 Bank account');
  await page.screenshot({ path: testInfo.outputPath('en-post-and-new.png'), fullPage: true });

  // The next one, by the button this time.
  await form.getByLabel('Payee').fill('Paper & Co');
  await form.getByLabel('Amount (EUR)').fill('8');
  await form.getByRole('button', { name: 'Post and new', exact: true }).click();
  await expect(page.locator('.notices')).toContainText('Entry 2026-0002 posted.');
  await expect(form.getByLabel('Amount (EUR)')).toHaveValue('');

  // The journal entry has the same buttons in the same order; there Ctrl+Enter keeps a draft.
  await page.getByRole('link', { name: 'Journal entry' }).click();
  await expect(page.locator('form.entry-editor .form-actions button')).toHaveText(['Post', 'Post and new', 'Save draftCtrl+Enter']);

  await books.tab('Entries');
  await expect(books.entryRow('2026-0001')).toContainText('12.00');
  await expect(books.entryRow('2026-0002')).toContainText('8.00');

  for (const language of ['ru', 'hu'] as const) {
    await page.goto('#/settings');
    await page.locator('select:has(option[value="hu"])').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.goto('#/bookkeeping/new/expense');
    await expect(page.locator('form.quick-form .form-actions button')).toHaveCount(3);
    await page.screenshot({ path: testInfo.outputPath(`${language}-post-and-new.png`), fullPage: true });
  }
});

test('post and new of a journal entry empties the editor for the next one on the same date', async ({ page }) => {
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.fillEntry({ date: '03/02/2026', payee: 'Paper & Co', lines: [{ account: '5300', debit: '75.20' }, { account: '1010', credit: '75.20' }] });
  await page.locator('form.entry-editor').getByRole('button', { name: 'Post and new', exact: true }).click();
  await expect(page.locator('.notices')).toContainText('Entry 2026-0001 posted.');
  await expect(page.getByRole('heading', { name: /New journal entry/ })).toBeVisible();
  await expect(page.locator('form.entry-editor').getByLabel('Payee', { exact: true })).toHaveValue('');
  await expect(page.locator('form.entry-editor').getByLabel('Date', { exact: true })).toHaveValue('03/02/2026');
  await expect(books.lineField(1, 'Debit')).toHaveValue('');
});
