import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { BillsPage } from './pages/bills-page';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { CatalogPage } from './pages/catalog-page';
import { OrdersPage } from './pages/orders-page';
import { pdfText } from './pages/pdf';
import { ReceivingPage } from './pages/receiving-page';
import { ReorderPage } from './pages/reorder-page';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';
import { StockPage } from './pages/stock-page';
import { SuppliersPage } from './pages/suppliers-page';

/**
 * Supply ordering the way the office manager works through it: a new supplier and two
 * items with reorder points, the reorder suggestion turned into an order, the order
 * printed and sent, delivered in two parts, billed at a higher price (flagged), posted
 * and paid; the stock, the books and aged payables follow each step.
 */

const company = 'Harbour Supplies Ltd';
const supplier = 'Paper Mill Ltd';

async function trialBalance(page: Page, account: string): Promise<string[]> {
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.choosePeriod('This quarter');
  return reports.figures(reports.trialBalanceRow(account));
}

async function agedPayablesRow(page: Page) {
  await page.goto('#/bookkeeping/reports/aged-payables');
  return page.getByTestId('aged-payables-table').locator(`tr[data-supplier="${supplier}"]`);
}

test('from "we are low on paper" to a received, billed and paid purchase order', async ({ page, app }, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-03-16T10:00:00'));
  await app.open();
  await completeSetup(page, { name: company, currency: 'EUR' });
  // The chart comes with the books: looking at it once sets it up.
  await new BookkeepingPage(page).open('Accounts');

  // The supplier, a shelf, and two items the office keeps a minimum of.
  const suppliers = new SuppliersPage(page);
  await suppliers.open();
  await suppliers.add({ name: supplier, taxNumber: 'GB123456789', email: 'orders@papermill.example', paymentTermsDays: '14', contacts: [{ name: 'Ann Reed', email: 'ann@papermill.example' }] });
  const stock = new StockPage(page);
  await stock.addLocation({ code: 'A-01', name: 'Paper shelf' });
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.addItem({ sku: 'PAP-A4', name: 'Copy paper A4', packs: [{ name: 'ream', size: '500' }, { name: 'box', size: '2500' }], reorderPoint: '1000', reorderQuantity: '5000' });
  await catalog.row('PAP-A4').click();
  // 4.50 a ream, sold in boxes of 2,500 sheets.
  await suppliers.savePrice({ supplier, sku: 'PM-CP500', price: '4.50', per: 'ream (500 pcs)', packSize: '2500', preferred: true });
  await catalog.open();
  await catalog.addItem({ sku: 'TON-05A', name: 'Toner 05A', reorderPoint: '1', reorderQuantity: '4' });
  await catalog.row('TON-05A').click();
  await suppliers.savePrice({ supplier, sku: 'PM-T05A', price: '80.00', preferred: true });

  // Nothing on hand: both are suggested, in the supplier's packs, and become one draft order.
  const reorder = new ReorderPage(page);
  await reorder.open();
  const group = reorder.group(supplier);
  await expect(group).toContainText('PAP-A4');
  await expect(group).toContainText('TON-05A');
  await expect(reorder.quantity('PAP-A4')).toHaveValue('5000');
  await expect(reorder.quantity('TON-05A')).toHaveValue('4');
  const created = await reorder.createDraftOrders(1);
  await expect(created).toContainText(`PO-2026-0001 · ${supplier}`);
  await expect(reorder.empty()).toBeVisible();
  await created.getByRole('button', { name: /PO-2026-0001/ }).click();

  // The order: standard rate VAT on both lines, totals per rate, sent and printed.
  const orders = new OrdersPage(page);
  await expect(page.getByRole('heading', { name: /Purchase order PO-2026-0001/ })).toBeVisible();
  await orders.fillLine(1, { vat: 'I20' });
  await orders.fillLine(2, { vat: 'I20' });
  await expect(orders.line(1).getByTestId('line-total')).toHaveText('45.00');
  await expect(orders.line(2).getByTestId('line-total')).toHaveText('320.00');
  await expect(orders.totalsRow('I20')).toContainText(['365.00', '73.00', '438.00'].join(''));
  await orders.save();
  await orders.act('Send (mark as ordered)');
  await expect(orders.status()).toHaveText('Ordered');
  await page.screenshot({ path: testInfo.outputPath('order-en.png'), fullPage: true });
  await page.getByRole('group', { name: 'Print purchase order PO-2026-0001' }).getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByText('Purchase order PO-2026-0001.pdf')).toBeVisible();
  const printed = (await pdfText(join(app.exportsFolder, 'Purchase order PO-2026-0001.pdf'))).join('\n');
  for (const text of [company, supplier, 'GB123456789', 'PO-2026-0001', 'PM-CP500', 'Copy paper A4', 'Toner 05A', '5,000', '45.00', '320.00', '73.00', '438.00']) {
    expect(printed).toContain(text);
  }

  // A reorder suggestion is no longer made for what is on order.
  await reorder.open();
  await expect(reorder.empty()).toBeVisible();

  // First delivery: one box of paper (the rest stays on backorder) and all the toner.
  await page.goto('#/purchasing/orders');
  await orders.listRows().filter({ hasText: 'PO-2026-0001' }).click();
  const documents = page.getByRole('region', { name: 'Receipts and bills' });
  await documents.getByRole('button', { name: 'Receive goods' }).click();
  const receiving = new ReceivingPage(page);
  await expect(receiving.form).toBeVisible();
  await receiving.receive('Copy paper A4', '2500');
  await receiving.shortfall('Copy paper A4', 'Keep open (backorder)');
  await receiving.save();
  await expect(orders.status()).toHaveText('Partially received');
  await expect(documents.getByTestId('order-receipts')).toContainText('GR-2026-0001');
  // Stock at the order's cost, owed to the supplier as goods received but not invoiced yet.
  expect(await trialBalance(page, 'Assets:Inventory')).toEqual(['0.00', '342.50', '', '342.50']);

  // The rest of the paper.
  await page.goto('#/purchasing/orders');
  await orders.listRows().filter({ hasText: 'PO-2026-0001' }).click();
  await documents.getByRole('button', { name: 'Receive goods' }).click();
  await expect(receiving.row('Toner 05A')).toHaveCount(0);
  await receiving.receiveAll();
  await receiving.save();
  await expect(orders.status()).toHaveText('Received');
  await stock.openStock('On hand');
  await expect(stock.viewRow('PAP-A4')).toContainText('5,000');
  await expect(stock.viewRow('TON-05A')).toContainText('4');
  await expect(stock.total()).toHaveText('365.00');

  // The supplier's invoice: the toner at 85.00 instead of 80.00, flagged; posted.
  await page.goto('#/purchasing/orders');
  await orders.listRows().filter({ hasText: 'PO-2026-0001' }).click();
  await documents.getByRole('button', { name: 'Register bill' }).click();
  const bills = new BillsPage(page);
  await expect(bills.lines).toBeVisible();
  await page.getByLabel('Invoice number').fill('PM-2026-118');
  await expect(page.getByLabel('Due date')).toHaveValue('03/30/2026');
  await bills.billedPrice('Toner 05A', '85.00');
  await expect(bills.row('Toner 05A').locator('[data-flag="priceDiffers"]')).toHaveText('Price differs from the order');
  await expect(bills.row('Copy paper A4').locator('.flag')).toHaveCount(0);
  // 45.00 + 340.00 net, 77.00 VAT.
  await expect(page.getByTestId('bill-totals').locator('tr.bill-total')).toContainText('462.00');
  await bills.post();
  expect(await trialBalance(page, 'Liabilities:Accounts payable')).toEqual(['0.00', '', '462.00', '-462.00']);
  expect(await trialBalance(page, 'Liabilities:Goods received, not invoiced')).toEqual(['0.00', '365.00', '365.00', '0.00']);
  await expect(await agedPayablesRow(page)).toContainText('462.00');

  // Paid from the bill: the payment form starts with the supplier and its open bill.
  await page.goto('#/purchasing/bills');
  await page.getByRole('link', { name: 'PM-2026-118' }).click();
  await page.getByRole('button', { name: 'Pay' }).click();
  const form = page.locator('form.quick-form');
  await expect(form.getByLabel('Supplier')).toHaveValue(supplier);
  await form.getByRole('checkbox', { name: /of 03\/16\/2026$/ }).check();
  await expect(form.getByLabel('Amount (EUR)')).toHaveValue('462.00');
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Entry 2026-\d+ Posted$/ })).toBeVisible();
  await expect(await agedPayablesRow(page)).toHaveCount(0);
  expect(await trialBalance(page, 'Liabilities:Accounts payable')).toEqual(['0.00', '462.00', '462.00', '0.00']);
  expect(await trialBalance(page, 'Assets:Inventory')).toEqual(['0.00', '365.00', '', '365.00']);
});
