import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { BankPage } from './pages/bank-page';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { completeSetup } from './pages/setup-page';

const euroJournal = `2024-03-01 Opening
    Assets:Bank  500.00 EUR
    Equity:Opening Balances

2024-03-05 Supplier
    Expenses:Travel  120.00 EUR
    Liabilities:Accounts Payable

2024-03-06 Paid
    Liabilities:Accounts Payable  120.00 EUR
    Assets:Bank
`;

const accountPaths = (page: Page) =>
  page.locator('table.accounts-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-account-path') ?? ''));

test.describe('a journal in another currency than the company’s', () => {
  test.beforeEach(async ({ page, app }) => {
    await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
    await app.open();
    await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'HUF' });
  });

  test('says so before anything is written; Cancel leaves the books untouched, Continue imports', async ({ page, app }, testInfo) => {
    const path = join(app.dataFolder, 'euro.journal');
    await writeFile(path, euroJournal);
    const books = new BookkeepingPage(page);
    await books.open('Accounts');
    const chartBefore = await accountPaths(page);

    const bank = new BankPage(page, app);
    await bank.openTab('Journal file');
    app.dialogs.answerNextOpen(path);
    await page.getByRole('button', { name: 'Choose journal file…' }).click();
    const warning = page.getByTestId('journal-currency-warning');
    await expect(warning).toContainText("This journal has amounts in EUR, not in the company's currency (HUF).");
    await expect(warning).toContainText('EUR: entries 3, amounts 6');
    await expect(warning).toContainText('Reports show each currency in its own section');
    await page.screenshot({ path: testInfo.outputPath('en-journal-currency-warning.png'), fullPage: true });

    await page.getByRole('button', { name: 'Import entries (3)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import amounts in EUR?' });
    await expect(dialog).toContainText('EUR: entries 3, amounts 6');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await bank.openTab('Entries');
    await expect(page.getByText('No entries yet.')).toBeVisible();
    await books.tab('Accounts');
    expect(await accountPaths(page)).toEqual(chartBefore);

    await bank.openTab('Journal file');
    await page.getByRole('button', { name: 'Import entries (3)' }).click();
    await dialog.getByRole('button', { name: 'Continue and import' }).click();
    await expect(page.getByTestId('journal-import-done')).toContainText('Entries posted: 3; accounts added: 0.');
  });
});

test.describe('mapping and group accounts', () => {
  test.beforeEach(async ({ page, app }) => {
    await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
    await app.open();
    await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  });

  test('an account mapped onto one of another kind is refused with a clear message', async ({ page, app }) => {
    const path = join(app.dataFolder, 'euro.journal');
    await writeFile(path, euroJournal);
    const bank = new BankPage(page, app);
    await bank.openTab('Journal file');
    app.dialogs.answerNextOpen(path);
    await page.getByRole('button', { name: 'Choose journal file…' }).click();
    await expect(page.getByTestId('journal-currency-warning')).toHaveCount(0);
    const select = page.getByLabel('Chart account for Assets:Bank', { exact: true });
    await expect(select.locator('option:checked')).toHaveText('1010 Bank account');
    await select.selectOption({ label: '5100 Rent' });
    await expect(page.getByTestId('journal-mapping')).toContainText('Assets:Bank is an account of kind “Asset”, but 5100 Rent is “Expense”.');
    await expect(page.getByRole('button', { name: 'Import entries (3)' })).toBeDisabled();
    await select.selectOption({ label: '1010 Bank account' });
    await expect(page.getByRole('button', { name: 'Import entries (3)' })).toBeEnabled();
  });

  test('typing "10" + Enter picks an account, not the group 1000 Assets; a posting to a group is refused', async ({ page }) => {
    const books = new BookkeepingPage(page);
    await books.open('New entry');
    const account = books.lineField(1, 'Account');
    await account.click();
    await account.fill('10');
    const listbox = page.getByRole('listbox');
    await expect(listbox.getByRole('option').first()).toContainText('1000');
    await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-disabled', 'true');
    await account.press('Enter');
    await expect(account).toHaveValue('1010 Bank account');

    // A draft on Bank account, which then gets a sub-account: posting it is refused by name.
    await books.fillEntry({ payee: 'Paper & Co', lines: [{ account: '1010', debit: '10' }, { account: '4010', credit: '10' }] });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Draft/ })).toBeVisible();
    await books.tab('Accounts');
    await page.getByRole('button', { name: 'Add account' }).click();
    const form = page.getByRole('form', { name: 'New account' });
    await form.getByLabel('Name').fill('Savings');
    await books.pickAccount(form.getByLabel('Parent account'), '1010');
    await form.getByRole('button', { name: 'Add account' }).click();
    await expect(books.accountRow('Savings')).toHaveAttribute('data-account-path', 'Assets:Bank account:Savings');

    await books.tab('Entries');
    await books.entryRows().filter({ hasText: 'Paper & Co' }).click();
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await expect(page.getByTestId('entry-problems')).toContainText('The entry was not posted; nothing was written.');
    await expect(page.getByTestId('line-1').locator('xpath=..')).toContainText('1010 Bank account is a group of accounts. Post to one of its sub-accounts instead.');
  });
});

// The import screen before importing, in each language, as screenshots in the test's output folder.
for (const language of ['en', 'ru', 'hu'] as const) {
  test(`the journal import screen with currencies and mapping in ${language}`, async ({ page, app }, testInfo) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
    await app.open();
    await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'HUF' });
    await page.goto('#/settings');
    await page.locator('select:has(option[value="hu"])').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const path = join(app.dataFolder, 'euro.journal');
    await writeFile(path, euroJournal);
    await page.goto('#/bookkeeping/journal-file');
    app.dialogs.answerNextOpen(path);
    await page.locator('.journal-import .button-primary').click();
    await expect(page.getByTestId('journal-currency-warning')).toContainText('EUR');
    await expect(page.getByTestId('journal-mapping')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${language}-journal-ready.png`), fullPage: true });
    await page.locator('.journal-import > .button-row .button-primary').click();
    await expect(page.getByRole('dialog')).toContainText('EUR');
    await page.screenshot({ path: testInfo.outputPath(`${language}-journal-confirm.png`) });
  });
}
