import { expect, test } from './fixtures';
import { firstQuarter, postEntries } from './pages/reports-book';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  await postEntries(page, firstQuarter);
});

test('the income statement shows income, expenses and the profit, beside the previous period', async ({ page }) => {
  const reports = new ReportsPage(page);
  await reports.open('Income statement');
  await reports.choosePeriod('This quarter');
  await reports.compareWith('Previous period');
  const line = async (label: string) => reports.figures(reports.statementLine('income-statement', label));
  await expect(page.getByTestId('income-statement').locator('thead th')).toHaveText(['Account', '01/01/2026 – 03/31/2026', '10/01/2025 – 12/31/2025']);
  await expect.poll(() => line('Sales of goods')).toEqual(['2,000.00', '500.00']);
  await expect.poll(() => line('Total income')).toEqual(['2,000.00', '500.00']);
  await expect.poll(() => line('Rent')).toEqual(['1,200.00', '0.00']);
  await expect.poll(() => line('Office supplies')).toEqual(['120.50', '0.00']);
  await expect.poll(() => line('Total expenses')).toEqual(['1,320.50', '0.00']);
  await expect.poll(() => line('Net profit (loss)')).toEqual(['679.50', '500.00']);

  // The comparison's figure opens the postings of the comparison period.
  await reports.statementLine('income-statement', 'Sales of goods').getByRole('link', { name: '500.00' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Register: 4010 Income:Sales of goods');
  await expect(reports.period()).toHaveText('October 1st, 2025 – December 31st, 2025');
  await expect(reports.registerRows()).toHaveCount(1);
  await expect(reports.registerRows().first()).toContainText('Northwind LtdDecember sale');
});

test('the balance sheet balances: assets equal liabilities and equity, with the year’s profit in equity', async ({ page }) => {
  const reports = new ReportsPage(page);
  await reports.open('Balance sheet');
  await reports.asOf('03/31/2026');
  await expect(reports.period()).toHaveText('As of March 31st, 2026');
  const line = async (label: string) => reports.figures(reports.statementLine('balance-sheet', label));
  await expect.poll(() => line('Bank account')).toEqual(['11,719.50']);
  await expect.poll(() => line('Total assets')).toEqual(['11,719.50']);
  await expect.poll(() => line('Output VAT')).toEqual(['540.00']);
  await expect.poll(() => line('Total liabilities')).toEqual(['540.00']);
  await expect.poll(() => line("Owner's capital")).toEqual(['10,000.00']);
  await expect.poll(() => line('Profit (loss) of the current year')).toEqual(['679.50']);
  await expect.poll(() => line('Profit (loss) of earlier years not yet closed')).toEqual(['500.00']);
  await expect.poll(() => line('Total equity')).toEqual(['11,179.50']);
  await expect.poll(() => line('Total liabilities and equity')).toEqual(['11,719.50']);
  await expect(page.getByTestId('balance-sheet-note')).toHaveText('✓ Balanced on 03/31/2026: assets 11,719.50 equal liabilities and equity 11,719.50.');

  // Compared with the end of the previous year.
  await reports.compareWith('End of the previous year');
  await expect(page.getByTestId('balance-sheet').locator('thead th')).toHaveText(['Account', '03/31/2026', '12/31/2025']);
  await expect.poll(() => line('Bank account')).toEqual(['11,719.50', '500.00']);
  await expect.poll(() => line('Profit (loss) of the current year')).toEqual(['679.50', '500.00']);
  await expect.poll(() => line('Total liabilities and equity')).toEqual(['11,719.50', '500.00']);
  await expect(page.getByTestId('balance-sheet-note')).toHaveCount(2);
  await expect(page.locator('.balance-note.is-off')).toHaveCount(0);

  // The bank's figure opens its register of the year so far, ending on that balance.
  await reports.statementLine('balance-sheet', 'Bank account').getByRole('link', { name: '11,719.50' }).click();
  await expect(reports.period()).toHaveText('January 1st, 2026 – March 31st, 2026');
  await expect(page.getByTestId('register-opening')).toHaveText('500.00 EUR');
  await expect(page.getByTestId('register-closing')).toHaveText('11,719.50 EUR');
  await page.goBack();

  // The year's profit opens the income statement behind it.
  await reports.statementLine('balance-sheet', 'Profit (loss) of the current year').getByRole('link', { name: '679.50' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Income statement' })).toBeVisible();
  await expect.poll(() => reports.figures(reports.statementLine('income-statement', 'Net profit (loss)'))).toEqual(['679.50']);
});

test('the journal lists the entries of the period with their lines and totals', async ({ page }) => {
  const reports = new ReportsPage(page);
  await reports.open('Journal');
  await reports.choosePeriod('This quarter');
  const rows = page.getByTestId('journal-rows').locator('.vtable-data');
  await expect(rows).toHaveCount(9);
  const cells = async (index: number) => (await rows.nth(index).getByRole('cell').allTextContents()).map((text) => text.trim());
  expect(await cells(0)).toEqual(['01/05/2026', '2026-0001', 'Anna Owner', 'Assets:Bank account', '10,000.00', '']);
  expect(await cells(1)).toEqual(['', '', 'Capital paid in', "Equity:Owner's capital", '', '10,000.00']);
  expect(await cells(6)).toEqual(['', '', '', 'Liabilities:Output VAT', '', '540.00']);
  await expect(page.getByTestId('journal-rows').locator('.vtable-foot')).toHaveText(/Total · Entries: 4\s*13,860.50\s*13,860.50/);
  await rows.nth(4).click();
  await expect(page.getByRole('heading', { name: /Entry 2026-0003/ })).toBeVisible();
});
