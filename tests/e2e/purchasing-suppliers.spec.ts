import { expect, test, type Page } from './fixtures';
import { CatalogPage } from './pages/catalog-page';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';
import { SuppliersPage } from './pages/suppliers-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
});

async function useLanguage(page: Page, language: string): Promise<void> {
  await page.goto('#/settings');
  await page.locator('select:has(option[value="hu"])').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('a supplier is added after a refusal, found by typing, renamed and archived', async ({ page }) => {
  const suppliers = new SuppliersPage(page);
  await suppliers.open();
  await expect(page.getByTestId('suppliers-empty')).toContainText('No suppliers yet');
  await page.getByRole('button', { name: 'New supplier' }).click();
  await suppliers.fill({ name: 'Paper & Co', taxNumber: 'IE6388047V', email: 'orders@', contacts: [{ name: 'Anna Byrne', email: 'anna@paper.example' }] });
  // A mistyped e-mail is refused beside its field; nothing typed is lost.
  await page.keyboard.press('Control+Enter');
  await expect(suppliers.form().getByText('“orders@” does not look like an e-mail address')).toBeVisible();
  await expect(suppliers.form().getByLabel('Contact 1: name')).toHaveValue('Anna Byrne');
  await suppliers.fill({ email: 'orders@paper.example', paymentTermsDays: '15' });
  await page.keyboard.press('Control+Enter');
  await expect(suppliers.row('Paper & Co')).toBeVisible();
  await suppliers.add({ name: 'Toner World' });
  await expect(page.getByTestId('supplier-count')).toHaveText('Suppliers shown: 2');

  // A second supplier of the same name, spelt otherwise, is refused.
  await page.getByRole('button', { name: 'New supplier' }).click();
  await suppliers.fill({ name: 'paper  & CO' });
  await page.keyboard.press('Control+Enter');
  await expect(suppliers.form().getByText('Paper & Co already goes by “paper & CO”')).toBeVisible();
  await suppliers.form().getByRole('button', { name: 'Cancel' }).click();

  // Typing a contact's name finds the supplier; Enter opens it.
  await suppliers.search('anna');
  await expect(page.getByTestId('supplier-count')).toHaveText('Suppliers shown: 1');
  await page.getByLabel('Search', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Supplier Paper & Co' })).toBeVisible();
  await expect(suppliers.form().getByLabel('Payment terms (days)')).toHaveValue('15');

  // Renamed: bookkeeping's bills under the old name stay this supplier's.
  await suppliers.fill({ name: 'Paper & Co Ltd' });
  await suppliers.form().getByRole('button', { name: 'Save changes' }).click();
  await expect(suppliers.row('Paper & Co Ltd')).toBeVisible();
  // The arrows move through the list, Enter opens the row.
  await suppliers.search('');
  await page.getByLabel('Search', { exact: true }).press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Supplier Paper & Co Ltd' })).toBeVisible();
  await expect(page.getByTestId('supplier-other-names')).toHaveText('Bookkeeping also knows it as: Paper & Co');

  await suppliers.form().getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
  await expect(suppliers.row('Toner World')).toBeVisible();
  await expect(suppliers.row('Paper & Co Ltd')).toHaveCount(0);
  await page.getByLabel('Show archived').check();
  await expect(suppliers.row('Paper & Co Ltd')).toContainText('Archived');
});

test('payees of posted bills become suppliers; the bill form offers them and aged payables shows one row per supplier', async ({ page }) => {
  const suppliers = new SuppliersPage(page);
  await suppliers.postBill('Corner Shop', '100', '03/01/2026');
  await suppliers.postBill('corner shop', '50', '03/02/2026');
  await suppliers.postBill('Alder Timber', '30', '03/03/2026');

  await suppliers.open();
  await page.getByRole('button', { name: 'Payees to suppliers' }).click();
  const payees = page.getByTestId('payees-table').locator('tbody tr');
  await expect(payees).toHaveCount(2);
  // The two spellings are proposed as one supplier.
  await expect(payees.filter({ hasText: 'Alder Timber' })).toBeVisible();
  // The latest spelling is proposed; the office picks the other one.
  const corner = page.locator('tr[data-payee="corner shop"]');
  await expect(corner.getByLabel('Name to use for corner shop')).toHaveValue('corner shop');
  await corner.getByLabel('Name to use for corner shop').selectOption('Corner Shop');
  await expect(corner.locator('td').nth(2)).toHaveText('corner shop');
  await corner.getByRole('checkbox', { name: 'Make a supplier of corner shop' }).check();
  await page.getByRole('button', { name: 'Make 1 supplier' }).click();
  await expect(payees).toHaveCount(1);
  await expect(payees.first()).toContainText('Alder Timber');

  // Renamed later: the bills under both earlier spellings stay the supplier's.
  await suppliers.open();
  await suppliers.row('Corner Shop').click();
  await suppliers.fill({ name: 'Corner Shop Ltd' });
  await suppliers.form().getByRole('button', { name: 'Save changes' }).click();
  await expect(suppliers.row('Corner Shop Ltd')).toBeVisible();

  // The bill form offers the supplier; an earlier spelling typed becomes its name of today.
  await suppliers.startBill();
  const form = page.locator('form.quick-form');
  await expect(page.getByTestId('quick-suppliers').locator('option[value="Corner Shop Ltd"]')).toHaveCount(1);
  await expect(page.getByTestId('quick-suppliers').locator('option[value="Alder Timber"]')).toHaveCount(0);
  await form.getByLabel('Supplier').fill('CORNER SHOP');
  await form.getByLabel('Memo').click();
  await expect(form.getByLabel('Supplier')).toHaveValue('Corner Shop Ltd');
  await suppliers.finishBill('20');

  const reports = new ReportsPage(page);
  await reports.open('Aged payables');
  const table = page.getByTestId('aged-payables-table');
  // Three spellings, one supplier: one row under its name of today, beside the payee that is no supplier.
  await expect(table.locator('tr[data-supplier]')).toHaveCount(2);
  await expect.poll(() => reports.figures(table.locator('tr[data-supplier="Corner Shop Ltd"]'))).toEqual(['170.00', '', '', '', '170.00']);
  await expect.poll(() => reports.figures(table.locator('tr[data-supplier="Alder Timber"]'))).toEqual(['30.00', '', '', '', '30.00']);
  await expect(table.getByRole('link', { name: 'Open the supplier Alder Timber' })).toHaveCount(0);
  await table.getByRole('link', { name: 'Open the supplier Corner Shop Ltd' }).click();
  await expect(page.getByRole('heading', { name: 'Supplier Corner Shop Ltd' })).toBeVisible();
  await expect(page.getByTestId('supplier-owed')).toHaveText('170.00 EUR');
  await expect(page.getByTestId('supplier-other-names')).toHaveText('Bookkeeping also knows it as: corner shop');
});

test('an item gets two suppliers’ prices, the preferred one switches, and a changed price keeps its history', async ({ page }) => {
  const suppliers = new SuppliersPage(page);
  await suppliers.open();
  await suppliers.add({ name: 'Paper & Co' });
  await suppliers.add({ name: 'Toner World' });
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.addItem({ sku: 'PAP-A4', name: 'Copy paper A4', packs: [{ name: 'ream', size: '500' }, { name: 'box', size: '2500' }] });
  await catalog.row('PAP-A4').click();
  await expect(suppliers.pricesPanel()).toContainText('No supplier prices for this item yet.');

  await suppliers.savePrice({ supplier: 'Paper & Co', sku: 'CP-500', price: '4.50', per: 'ream (500 pcs)', packSize: '2500', minimum: '5000' });
  await expect(suppliers.priceRow('Paper & Co')).toContainText('4.50 per ream (500 pcs)');
  await expect(suppliers.priceRow('Paper & Co')).toContainText('2,500 pcs');
  await expect(suppliers.priceRow('Paper & Co')).toContainText('Preferred');
  // A price with more decimals than the currency has is refused beside the field, the rest kept.
  const priceForm = suppliers.pricesPanel().locator('form.price-form');
  await suppliers.pricesPanel().getByRole('button', { name: 'Add supplier price' }).click();
  await priceForm.getByLabel('Supplier', { exact: true }).selectOption({ label: 'Toner World' });
  await priceForm.getByLabel(/^Price \(/).fill('0.0085');
  await priceForm.getByLabel('Price per').selectOption({ label: 'ream (500 pcs)' });
  await priceForm.getByRole('button', { name: 'Save price' }).click();
  await expect(priceForm.getByText('“0.0085” is not a price')).toBeVisible();
  await expect(priceForm.getByLabel('Price per')).toHaveValue('ream');
  await priceForm.getByLabel(/^Price \(/).fill('4.20');
  await priceForm.getByRole('button', { name: 'Save price' }).click();
  await expect(priceForm).toHaveCount(0);
  await expect(suppliers.priceRow('Toner World')).toContainText('4.20 per ream (500 pcs)');
  await expect(suppliers.priceRow('Toner World')).not.toContainText('Preferred');

  await suppliers.pricesPanel().getByRole('button', { name: 'Make Toner World the preferred supplier' }).click();
  await expect(suppliers.priceRow('Toner World')).toContainText('Preferred');
  await expect(suppliers.priceRow('Paper & Co').getByRole('button', { name: 'Make Paper & Co the preferred supplier' })).toBeVisible();

  await suppliers.savePrice({ supplier: 'Paper & Co', price: '4.80' }, true);
  await expect(suppliers.priceRow('Paper & Co')).toContainText('4.80 per ream (500 pcs)');
  await suppliers.pricesPanel().getByRole('button', { name: 'Earlier prices of Paper & Co' }).click();
  await expect(suppliers.pricesPanel().getByTestId('price-history')).toHaveText('4.50 per ream (500 pcs), from 03/15/2026');

  // The supplier page lists the same price.
  await suppliers.open();
  await suppliers.row('Paper & Co').click();
  await expect(page.getByTestId('supplier-prices').locator('tr[data-item="PAP-A4"]')).toContainText('4.80 per ream (500 pcs)');
});

test('the supplier list and page read well in English, Russian and Hungarian', async ({ page }, testInfo) => {
  const suppliers = new SuppliersPage(page);
  await suppliers.postBill('Paper & Co', '120', '02/01/2026');
  await suppliers.postBill('Alder Timber', '30', '02/02/2026');
  await suppliers.open();
  await suppliers.add({ name: 'Paper & Co', taxNumber: 'IE6388047V', email: 'orders@paper.example', contacts: [{ name: 'Anna Byrne' }, { name: 'Liam Walsh' }] });
  await suppliers.add({ name: 'Toner World', email: 'sales@toner.example' });
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.addItem({ sku: 'PAP-A4', name: 'Copy paper A4', packs: [{ name: 'ream', size: '500' }] });
  await catalog.row('PAP-A4').click();
  await suppliers.savePrice({ supplier: 'Paper & Co', sku: 'CP-500', price: '4.50', per: 'ream (500 pcs)', packSize: '500' });
  const paperId = await page.evaluate(() => location.hash);
  expect(paperId).toMatch(/^#\/inventory\/items\//);

  for (const language of ['en', 'ru', 'hu']) {
    await useLanguage(page, language);
    await page.goto('#/purchasing/suppliers');
    await expect(page.getByTestId('supplier-list').locator('[data-index]')).toHaveCount(2);
    await page.screenshot({ path: testInfo.outputPath(`${language}-supplier-list.png`) });
    await page.getByTestId('supplier-list').locator('[data-index="0"]').click();
    await expect(page.getByTestId('supplier-prices').locator('tr[data-item="PAP-A4"]')).toBeVisible();
    await expect(page.getByTestId('supplier-owed')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${language}-supplier-page.png`), fullPage: true });
    await page.goto(paperId);
    await expect(page.getByTestId('item-supplier-prices').locator('tr[data-supplier="Paper & Co"]')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`${language}-item-prices.png`), fullPage: true });
    await page.goto('#/purchasing/suppliers/payees');
    await expect(page.getByTestId('payees-table').locator('tbody tr')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath(`${language}-payees.png`) });
  }
});
