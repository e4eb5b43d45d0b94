import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { occurrences, pdfText } from './pages/pdf';
import { firstQuarter, firstQuarterAccounts, postEntries } from './pages/reports-book';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';

const run = promisify(execFile);
const company = 'Harbour Supplies Ltd';

async function pageSize(path: string): Promise<string> {
  const { stdout } = await run('pdfinfo', [path]);
  return /Page size:\s*([\d.]+ x [\d.]+)/.exec(stdout)?.[1] ?? '';
}

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: company, currency: 'EUR' });
  await postEntries(page, firstQuarter);
});

test('the trial balance prints to PDF with the company, the period, every account once and page numbers', async ({ page, app }) => {
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.choosePeriod('This quarter');
  await expect(reports.trialBalanceRow('Assets:Bank account')).toBeVisible();
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Trial balance.pdf');

  const file = join(app.exportsFolder, 'Trial balance.pdf');
  const pages = await pdfText(file);
  pages.forEach((text, index) => {
    expect(text).toContain(company);
    expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
  });
  const all = pages.join('\n');
  expect(all).toContain('Trial balance');
  expect(all).toContain('January 1st, 2026 – March 31st, 2026');
  for (const path of firstQuarterAccounts) expect(occurrences(all, path), path).toBe(1);
  expect(all).toMatch(/Total\s+0\.00\s+13,860\.50\s+13,860\.50\s+0\.00/);
  expect(all).toContain('The trial balance balances');
  // Upright A4: the trial balance is narrow enough.
  expect(await pageSize(file)).toBe('595.92 x 842.88');
});

test('the trial balance exports to Excel with exact amounts that read back', async ({ page, app }) => {
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.choosePeriod('This quarter');
  await expect(reports.trialBalanceRow('Assets:Bank account')).toBeVisible();
  await page.getByRole('button', { name: 'Export Excel…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Trial balance.xlsx');

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(app.exportsFolder, 'Trial balance.xlsx'));
  const sheet = workbook.worksheets[0]!;
  const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
  expect(values(1)).toEqual(['Code', 'Account', 'Opening balance', 'Debit', 'Credit', 'Closing balance']);
  expect(values(2)).toEqual(['1010', 'Assets:Bank account', 500, 12540, 1320.5, 11719.5]);
  expect(values(3)).toEqual(['2100', 'Liabilities:Output VAT', 0, 0, 540, -540]);
  expect(values(5)).toEqual(['3100', 'Equity:Retained earnings', -500, 0, 0, -500]);
  expect(values(6)).toEqual(['4010', 'Income:Sales of goods', 0, 0, 2000, -2000]);
  expect(values(8)).toEqual(['5300', 'Expenses:Office supplies', 0, 120.5, 0, 120.5]);
  expect(values(9)).toEqual([undefined, 'Total', 0, 13860.5, 13860.5, 0]);
  expect(sheet.rowCount).toBe(9);
  expect(sheet.getColumn(4).numFmt).toBe('#,##0.00');
});

test('an account register prints across the page and exports to CSV line by line', async ({ page, app }) => {
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.choosePeriod('This quarter');
  await reports.trialBalanceRow('Assets:Bank account').getByRole('link', { name: '11,719.50' }).click();
  await expect(reports.registerRows()).toHaveCount(4);

  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('.pdf');
  const pdf = join(app.exportsFolder, 'Account register — Bank account.pdf');
  expect(await pageSize(pdf)).toBe('842.88 x 595.92');
  const [text] = await pdfText(pdf);
  expect(text).toContain('Opening balance: 500.00 EUR');
  expect(text).toMatch(/01\/20\/2026\s+2026-0002\s+Quay Properties — Rent, January\s+Expenses:Rent\s+1,200.00\s+9,300.00/);
  expect(text).toContain('Closing balance: 11,719.50 EUR');

  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('.csv');
  const csv = await readFile(join(app.exportsFolder, 'Account register — Bank account.csv'), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(lines).toEqual([
    'Date,Number,Payee,Memo,Other account,Debit,Credit,Balance',
    // Dates as the company's region writes them (a US company here); amounts as plain decimals.
    "01/05/2026,2026-0001,Anna Owner,Capital paid in,Equity:Owner's capital,10000.00,0.00,10500.00",
    '01/20/2026,2026-0002,Quay Properties,"Rent, January",Expenses:Rent,0.00,1200.00,9300.00',
    '02/10/2026,2026-0003,Northwind Ltd,Goods sold,(several accounts),2540.00,0.00,11840.00',
    '03/02/2026,2026-0004,Paper & Co,Printer paper,Expenses:Office supplies,0.00,120.50,11719.50',
  ]);
});
