import { expect, test } from './fixtures';
import { firstQuarter, firstQuarterAccounts, postEntries } from './pages/reports-book';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
});

test('an empty book says so instead of showing an empty table', async ({ page }) => {
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await expect(page.getByTestId('report-empty')).toHaveText(/Nothing was posted in this period/);
  await reports.show('Income statement');
  await expect(page.getByTestId('report-empty')).toHaveText('No income or expenses were posted in this period.');
  await reports.show('Balance sheet');
  await expect(page.getByTestId('report-empty')).toHaveText('Nothing was posted up to this date.');
  await reports.show('Journal');
  await expect(page.getByTestId('report-empty')).toHaveText('No entries were posted in this period.');
});

test('the trial balance of a quarter shows opening, debits, credits and closing per account, and balances', async ({ page }) => {
  await postEntries(page, firstQuarter);
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.choosePeriod('This quarter');
  await expect(reports.period()).toHaveText('January 1st, 2026 – March 31st, 2026');

  const expected: Record<string, string[]> = {
    'Assets:Bank account': ['500.00', '12,540.00', '1,320.50', '11,719.50'],
    'Liabilities:Output VAT': ['0.00', '', '540.00', '-540.00'],
    "Equity:Owner's capital": ['0.00', '', '10,000.00', '-10,000.00'],
    'Equity:Retained earnings': ['-500.00', '', '', '-500.00'],
    'Income:Sales of goods': ['0.00', '', '2,000.00', '-2,000.00'],
    'Expenses:Rent': ['0.00', '1,200.00', '', '1,200.00'],
    'Expenses:Office supplies': ['0.00', '120.50', '', '120.50'],
  };
  const rows = page.getByTestId('trial-balance-table').locator('tbody tr[data-account]');
  await expect(rows).toHaveCount(firstQuarterAccounts.length);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-account')))).toEqual(firstQuarterAccounts);
  for (const [path, figures] of Object.entries(expected)) await expect.poll(() => reports.figures(reports.trialBalanceRow(path)), { message: path }).toEqual(figures);

  await expect.poll(() => reports.figures(page.getByTestId('trial-balance-total-EUR'))).toEqual(['0.00', '13,860.50', '13,860.50', '0.00']);
  await expect(page.getByTestId('trial-balance-note')).toHaveText(/The trial balance balances: debits 13,860.50 equal credits 13,860.50/);
  await expect(page.getByTestId('trial-balance-note')).not.toHaveClass(/is-off/);

  // The period stays in the address: a reload shows the same report.
  await page.reload();
  await expect(reports.period()).toHaveText('January 1st, 2026 – March 31st, 2026');
  await expect(rows).toHaveCount(firstQuarterAccounts.length);
});

test('a comparison with the previous period puts its closing balances beside the current ones', async ({ page }) => {
  await postEntries(page, firstQuarter);
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.customPeriod('01/01/2026', '03/31/2026');
  await reports.compareWith('Previous period');
  await expect(page.getByTestId('trial-balance-table').locator('thead th').last()).toHaveText('Closing 10/01/2025 – 12/31/2025');
  await expect.poll(() => reports.figures(reports.trialBalanceRow('Assets:Bank account'))).toEqual(['500.00', '12,540.00', '1,320.50', '11,719.50', '500.00']);
  await expect.poll(() => reports.figures(reports.trialBalanceRow('Expenses:Rent'))).toEqual(['0.00', '1,200.00', '', '1,200.00', '0.00']);
});

test('a click on an account’s figure opens its register for that period with a running balance', async ({ page }) => {
  await postEntries(page, firstQuarter);
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.choosePeriod('This quarter');
  await reports.trialBalanceRow('Assets:Bank account').getByRole('link', { name: '12,540.00' }).click();

  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Register: 1010 Assets:Bank account');
  await expect(reports.period()).toHaveText('January 1st, 2026 – March 31st, 2026');
  await expect(page.getByTestId('register-opening')).toHaveText('500.00 EUR');
  await expect(page.getByTestId('register-closing')).toHaveText('11,719.50 EUR');
  const rows = reports.registerRows();
  await expect(rows).toHaveCount(4);
  const cells = (index: number) => rows.nth(index).getByRole('cell').evaluateAll((found) => found.map((cell) => (cell as HTMLElement).innerText.trim()));
  expect(await cells(0)).toEqual(['01/05/2026', '2026-0001', 'Anna Owner\nCapital paid in', "3010 Owner's capital\nEquity", '10,000.00', '', '10,500.00']);
  expect(await cells(1)).toEqual(['01/20/2026', '2026-0002', 'Quay Properties\nRent, January', '5100 Rent\nExpenses', '', '1,200.00', '9,300.00']);
  expect(await cells(2)).toEqual(['02/10/2026', '2026-0003', 'Northwind Ltd\nGoods sold', '(several accounts)', '2,540.00', '', '11,840.00']);
  expect(await cells(3)).toEqual(['03/02/2026', '2026-0004', 'Paper & Co\nPrinter paper', '5300 Office supplies\nExpenses', '', '120.50', '11,719.50']);

  // A posting opens its entry.
  await rows.nth(1).click();
  await expect(page.getByRole('heading', { name: /Entry 2026-0002/ })).toBeVisible();
  await page.goBack();
  await expect(reports.registerRows()).toHaveCount(4);
});

test('the period picker and the drill-down links work from the keyboard', async ({ page }) => {
  await postEntries(page, firstQuarter);
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  const period = reports.periodPicker();
  await period.focus();
  await period.selectOption({ label: 'This quarter' });
  await expect(reports.period()).toHaveText('January 1st, 2026 – March 31st, 2026');
  const link = reports.trialBalanceRow('Expenses:Rent').getByRole('link', { name: '1,200.00' }).first();
  // Tab reaches the figure links; Enter follows one.
  await period.focus();
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Register: 5100 Expenses:Rent');
  await expect(reports.registerRows()).toHaveCount(1);
});
