import { expect, test } from './fixtures';
import { billsAndVat, postEntries } from './pages/reports-book';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  await postEntries(page, billsAndVat);
});

test('aged payables show what each supplier is owed by age, and the open bills behind it', async ({ page }) => {
  const reports = new ReportsPage(page);
  await reports.open('Aged payables');
  await expect(reports.period()).toHaveText('As of March 15th, 2026');
  const table = page.getByTestId('aged-payables-table');
  await expect(table.locator('thead th')).toHaveText(['Supplier', '0–30 days', '31–60 days', '61–90 days', 'Over 90 days', 'Total owed']);
  const supplier = (name: string) => table.locator(`tr[data-supplier="${name}"]`);
  await expect.poll(() => reports.figures(supplier('Paper & Co'))).toEqual(['', '', '', '300.00', '300.00']);
  await expect.poll(() => reports.figures(supplier('Quay Properties'))).toEqual(['', '', '700.00', '', '700.00']);
  await expect.poll(() => reports.figures(table.locator('tr.total'))).toEqual(['0.00', '0.00', '700.00', '300.00', '1,000.00']);

  // A supplier opens to its unpaid bills (keyboard: the name is a button), a bill to its entry.
  const quay = supplier('Quay Properties').getByRole('button', { name: 'Quay Properties' });
  await expect(quay).toHaveAttribute('aria-expanded', 'false');
  await quay.focus();
  await page.keyboard.press('Enter');
  await expect(quay).toHaveAttribute('aria-expanded', 'true');
  const bill = table.locator('tr.detail');
  await expect(bill).toHaveCount(1);
  await expect(bill).toContainText('2026-0001 · 01/10/2026 · age in days: 64');
  await expect(bill.locator('td.num').last()).toHaveText('700.00');
  await bill.getByRole('link', { name: '2026-0001' }).click();
  await expect(page.getByRole('heading', { name: /Entry 2026-0001/ })).toBeVisible();
  await page.goBack();

  // Earlier, before the part payment, more was owed.
  await reports.asOf('02/01/2026');
  await expect.poll(() => reports.figures(supplier('Quay Properties'))).toEqual(['1,200.00', '', '', '', '1,200.00']);
  await expect.poll(() => reports.figures(supplier('Paper & Co'))).toEqual(['', '', '300.00', '', '300.00']);
});

test('the VAT summary shows base and tax per code, input and output apart, and the VAT to pay', async ({ page }) => {
  const reports = new ReportsPage(page);
  await reports.open('VAT summary');
  await reports.choosePeriod('This quarter');
  const table = page.getByTestId('vat-summary-table');
  const code = (name: string) => table.locator(`tr[data-vat-code="${name}"]`);
  await expect.poll(() => reports.figures(code('I20'))).toEqual(['20%', '1,000.00', '200.00']);
  await expect.poll(() => reports.figures(code('O20'))).toEqual(['20%', '1,500.00', '300.00']);
  await expect(table.locator('tr.total')).toHaveText(/VAT payable \(negative: reclaimable\)\s*100.00/);
  // The output tax opens the Output VAT account's postings of the quarter.
  await code('O20').getByRole('link', { name: '300.00' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Register: 2100 Liabilities:Output VAT');
  await expect(reports.registerRows()).toHaveCount(1);
});
