import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateJournal } from '../../shared/journal/generator';
import { expect, test } from './fixtures';
import { BankPage, journalFixture } from './pages/bank-page';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
});

test('a journal with a failing balance assertion is refused with its line, and nothing is written', async ({ page, app }, testInfo) => {
  const bank = new BankPage(page, app);
  await bank.openTab('Journal file');
  app.dialogs.answerNextOpen(journalFixture('bad-assertion.journal'));
  await page.getByRole('button', { name: 'Choose journal file…' }).click();
  const errors = page.getByTestId('journal-errors');
  await expect(errors).toContainText('bad-assertion.journal cannot be imported (problems: 1)');
  await expect(errors).toContainText('Line 8, column 28: balance assertion failed: assets:bank should be 100.00 EUR on 2024-01-02, but it is 99.00 EUR (difference 1.00 EUR)');
  await expect(errors).toContainText('Nothing was written.');
  await page.screenshot({ path: testInfo.outputPath('en-journal-01-refused.png'), fullPage: true });

  await bank.openTab('Entries');
  await expect(page.getByText('No entries yet.')).toBeVisible();
});

test('a valid journal is imported onto the chart’s accounts and its balances show in the trial balance; the export reads back', async ({ page, app }, testInfo) => {
  const bank = new BankPage(page, app);
  await bank.openTab('Journal file');
  app.dialogs.answerNextOpen(journalFixture('late-entries.journal'));
  await page.getByRole('button', { name: 'Choose journal file…' }).click();
  const summary = page.getByTestId('journal-summary');
  await expect(summary).toContainText('Transactions5');
  await expect(summary).toContainText('March 1st, 2024 to March 10th, 2024');
  await expect(summary).toContainText('EUR');
  await page.screenshot({ path: testInfo.outputPath('en-journal-02-summary.png'), fullPage: true });
  // The journal's accounts go onto the chart's own: its groups, its bank and opening balances accounts.
  const mapping = page.getByTestId('journal-mapping');
  await expect(mapping.getByLabel('Chart account for assets:bank', { exact: true })).toHaveValue(/.+/);
  await expect(mapping.getByLabel('Chart account for assets:bank', { exact: true }).locator('option:checked')).toHaveText('1010 Bank account');
  await expect(mapping.getByLabel('Chart account for equity:opening', { exact: true }).locator('option:checked')).toHaveText('3900 Opening balances');
  await expect(mapping.getByLabel('Chart account for income:sales', { exact: true }).locator('option:checked')).toHaveText('New account under 4000 Income');
  await expect(summary).toContainText('Accounts8 (new to the chart: 2)');
  await page.getByRole('button', { name: /^Import entries/ }).click();
  await expect(page.getByTestId('journal-import-done')).toContainText('Entries posted: 4; accounts added: 2.');
  await page.screenshot({ path: testInfo.outputPath('en-journal-03-done.png'), fullPage: true });

  const reports = new ReportsPage(page);
  await page.getByRole('link', { name: 'Show the trial balance' }).click();
  await reports.customPeriod('03/01/2024', '03/31/2024');
  const expected: Record<string, string> = { 'Assets:Bank account': '159.00', 'Equity:Opening balances': '-50.00', 'Income:sales': '-110.00', 'Expenses:fees': '1.00' };
  for (const [path, closing] of Object.entries(expected)) expect((await reports.figures(reports.trialBalanceRow(path))).at(-1), path).toBe(closing);
  await page.screenshot({ path: testInfo.outputPath('en-journal-04-trial-balance.png'), fullPage: true });

  // One chart: the journal's accounts joined the chart's tree, no second "assets, equity…" beside it.
  await new BookkeepingPage(page).open('Accounts');
  const paths = await page.locator('table.accounts-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-account-path') ?? ''));
  expect(paths).toContain('Income:sales');
  expect(paths).toContain('Expenses:fees');
  expect(paths.filter((path) => /^(assets|equity|income|expenses)\b/.test(path))).toEqual([]);
  expect(paths.filter((path) => !path.includes(':'))).toEqual(['Assets', 'Liabilities', 'Equity', 'Income', 'Expenses']);

  // Export: an hledger journal with the same postings, saved where the dialog said.
  await bank.openTab('Journal file');
  const target = join(app.exportsFolder, 'books.journal');
  app.dialogs.answerNextSave(target);
  await page.getByRole('button', { name: 'Export journal…' }).click();
  await expect(page.getByTestId('journal-export-saved')).toHaveText('Saved books.journal (entries: 4).');
  const text = await readFile(target, 'utf8');
  expect(text).toContain('commodity 1000.00 EUR');
  expect(text).toContain('account Assets:Bank account  ; type: A');
  expect(text).toMatch(/2024-03-01 \* \(2024-0001\) Opening \(entered late\)\n {4}Assets:Bank account {2}50\.00 EUR\n {4}Equity:Opening balances {2}-50\.00 EUR/);
  expect(text).toMatch(/2024-03-10 \* \(\S+\) Fee, same day, after the deposit in the file\n {4}Expenses:fees {2}1\.00 EUR\n {4}Assets:Bank account {2}-1\.00 EUR/);
  expect(app.dialogs.asked.at(-1)).toMatchObject({ title: 'Harbour Supplies Ltd journal', filters: [{ extensions: ['journal'] }] });
});

test('a large journal imports with a progress bar and can be cancelled between chunks', async ({ page, app }, testInfo) => {
  test.setTimeout(90_000);
  const path = join(app.dataFolder, 'generated.journal');
  await writeFile(path, generateJournal({ transactions: 12_000, seed: 3, years: 2, startYear: 2024 }));
  const bank = new BankPage(page, app);
  await bank.openTab('Journal file');
  app.dialogs.answerNextOpen(path);
  await page.getByRole('button', { name: 'Choose journal file…' }).click();
  await expect(page.getByTestId('journal-summary')).toContainText('12,000', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Import entries (12,000)' }).click();
  // The generated journal has forints, roubles and dollars besides euros: confirmed first.
  await page.getByRole('dialog').getByRole('button', { name: 'Continue and import' }).click();
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByTestId('journal-progress')).toHaveText(/Entries imported: [\d,]+ of 12,000/);
  await page.screenshot({ path: testInfo.outputPath('en-journal-05-progress.png'), fullPage: true });
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const done = page.getByTestId('journal-import-done');
  await expect(done).toContainText('Import cancelled', { timeout: 30_000 });
  const imported = Number((/before cancelling: ([\d,]+) of 12,000/.exec((await done.textContent()) ?? '')?.[1] ?? '0').replace(/,/g, ''));
  expect(imported).toBeLessThan(12_000);
  expect(imported % 2000).toBe(0);
});
