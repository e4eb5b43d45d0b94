import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { BankPage, journalFixture } from './pages/bank-page';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { pdfText } from './pages/pdf';
import { firstQuarter, postEntries } from './pages/reports-book';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
});

test('a mixed-currency book whose every report shows or flags every line', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: 'Duna Kereskedő Kft.', currency: 'HUF' });
  const bank = new BankPage(page, app);
  // The journal holds euro entries: the import asks before writing them into a forint book.
  await bank.importJournal(journalFixture('forint-with-euro.journal'), { otherCurrencies: true });
  await expect(page.getByTestId('journal-import-done')).toContainText('Entries posted: 5');

  const reports = new ReportsPage(page);
  // Income statement: the forint statement, then the euro one with its own result.
  await reports.open('Income statement');
  await reports.choosePeriod('This fiscal year');
  const line = async (testId: string, label: string) => reports.figures(page.getByTestId(testId).locator(`tr[data-line="${label}"]`));
  await expect(page.getByTestId('currency-sections-note')).toContainText('HUF, EUR');
  await expect.poll(() => line('income-statement', 'Net profit (loss)')).toEqual(['300,000']);
  await expect.poll(() => line('income-statement-EUR', 'Services')).toEqual(['1,200.00']);
  await expect.poll(() => line('income-statement-EUR', 'Bank fees')).toEqual(['15.00']);
  await expect.poll(() => line('income-statement-EUR', 'Net profit (loss)')).toEqual(['1,185.00']);
  await expect(page.getByRole('heading', { name: 'In EUR' })).toBeVisible();

  // Printed, the euro statement is there too.
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Income statement.pdf');
  const printed = (await pdfText(join(app.exportsFolder, 'Income statement.pdf'))).join('\n');
  expect(printed).toContain('In EUR');
  expect(printed).toMatch(/Services\s+1,200\.00/);
  expect(printed).toMatch(/Net profit \(loss\)\s+1,185\.00/);
  expect(printed).toMatch(/Net profit \(loss\)\s+300,000/);

  // In a spreadsheet each currency keeps its own column.
  await page.getByRole('button', { name: 'Export Excel…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Income statement.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(app.exportsFolder, 'Income statement.xlsx'));
  const sheet = workbook.worksheets[0]!;
  const rows = Array.from({ length: sheet.rowCount }, (_, index) => (sheet.getRow(index + 1).values as unknown[]).slice(1));
  expect(rows[0]).toEqual(['Code', 'Account', '01/01/2026 – 12/31/2026 HUF', '01/01/2026 – 12/31/2026 EUR']);
  expect(rows.some((row) => row[1] === 'In EUR')).toBe(true);
  const services = rows.find((row) => String(row[1]).trim() === 'Services');
  expect([services?.[0], services?.[2], services?.[3]]).toEqual(['4020', undefined, 1200]);

  // Balance sheet: one per currency, each balanced.
  await reports.show('Balance sheet');
  await expect.poll(() => line('balance-sheet', 'Bank account')).toEqual(['1,300,000']);
  await expect.poll(() => line('balance-sheet-EUR', 'Bank account')).toEqual(['1,185.00']);
  await expect.poll(() => line('balance-sheet-EUR', 'Total liabilities and equity')).toEqual(['1,185.00']);
  await expect(page.getByTestId('balance-sheet-note')).toHaveCount(2);
  await expect(page.locator('.balance-note.is-off')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Balance sheet.pdf');
  const sheetPdf = (await pdfText(join(app.exportsFolder, 'Balance sheet.pdf'))).join('\n');
  expect(sheetPdf).toContain('In EUR');
  expect(sheetPdf).toMatch(/Bank account\s+1,185\.00/);

  // Trial balance, journal: every euro line with its currency and its own totals.
  await reports.show('Trial balance');
  await reports.choosePeriod('This fiscal year');
  await expect(page.getByTestId('trial-balance-table').locator('tr[data-account="Income:Services"]')).toContainText('EUR');
  await expect.poll(() => reports.figures(page.getByTestId('trial-balance-total-EUR'))).toEqual(['0.00', '1,215.00', '1,215.00', '0.00']);
  await expect.poll(() => reports.figures(page.getByTestId('trial-balance-total-HUF'))).toEqual(['0', '1,700,000', '1,700,000', '0']);
  await reports.show('Journal');
  await reports.choosePeriod('This fiscal year');
  await expect(page.getByRole('row', { name: /^Total EUR · Entries: 5 1,215\.00 1,215\.00$/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Total HUF · Entries: 5 1,700,000 1,700,000$/ })).toBeVisible();
});

test('a two-year book whose second-year trial balance opens income at zero, and Periods offers the close', async ({ page, app }) => {
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  await postEntries(page, firstQuarter);
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.choosePeriod('This fiscal year');
  // The December sale is 2025's result: retained earnings carry it, sales open 2026 at zero.
  await expect.poll(() => reports.figures(reports.trialBalanceRow('Income:Sales of goods'))).toEqual(['0.00', '', '2,000.00', '-2,000.00']);
  await expect.poll(() => reports.figures(reports.trialBalanceRow('Equity:Retained earnings'))).toEqual(['-500.00', '', '', '-500.00']);
  await expect(page.getByTestId('trial-balance-note')).not.toHaveClass(/is-off/);

  // Periods names 2025 as not closed and offers its close.
  const books = new BookkeepingPage(page);
  await books.tab('Periods');
  const unclosed = page.getByTestId('unclosed-years');
  await expect(unclosed).toContainText('Earlier years not closed');
  await expect(unclosed.locator('li')).toHaveText(['01/01/2025 – 12/31/2025 Close this year…']);
  await unclosed.getByRole('button', { name: 'Close the fiscal year 01/01/2025 – 12/31/2025…' }).click();
  await expect(page.getByLabel('Fiscal year', { exact: true })).toHaveValue('2025-01-01');
  await expect(page.getByTestId('closing-preview').locator('tbody tr').filter({ hasText: 'Retained earnings' })).toContainText('500.00');
  await page.getByRole('button', { name: 'Close the year…' }).click();
  await books.dialog().getByRole('button', { name: 'Close the year' }).click();
  await expect(page.getByTestId('year-end-preview')).toContainText('This year was closed with entry');
  await expect(unclosed).toHaveCount(0);

  // Closed formally, the figures stay the same: nothing is counted twice.
  await reports.open('Trial balance');
  await reports.choosePeriod('This fiscal year');
  await expect.poll(() => reports.figures(reports.trialBalanceRow('Equity:Retained earnings'))).toEqual(['-500.00', '', '', '-500.00']);
  await expect.poll(() => reports.figures(reports.trialBalanceRow('Income:Sales of goods'))).toEqual(['0.00', '', '2,000.00', '-2,000.00']);
});
