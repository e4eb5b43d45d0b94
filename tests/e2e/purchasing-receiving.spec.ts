import { expect, test, type Page } from './fixtures';
import { BillsPage } from './pages/bills-page';
import { ReceivingPage } from './pages/receiving-page';
import { completeSetup } from './pages/setup-page';

const orderId = '01ORDER0000000000000000001';

/**
 * A sent order of paper and toner from Office Depot, with the item, place and supplier it
 * needs, stored straight into the app's IndexedDB as the order screens would leave them
 * (raw IndexedDB, so receiving and billing are tested on their own).
 */
async function seedOrder(page: Page): Promise<void> {
  // Bookkeeping sets up the chart and VAT codes the first time it opens.
  await page.goto('#/bookkeeping');
  await expect.poll(() => page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('vatCodes').objectStore('vatCodes').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  })).toBeGreaterThan(0);
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const vatCodes = await new Promise<{ id: string; code: string }[]>((resolve, reject) => {
      const request = db.transaction('vatCodes').objectStore('vatCodes').getAll();
      request.onsuccess = () => resolve(request.result as { id: string; code: string }[]);
      request.onerror = () => reject(request.error);
    });
    const vat = vatCodes.find((code) => code.code === 'I20')!.id;
    const at = '2026-03-01T09:00:00.000Z';
    const unit = { code: 'pcs', decimals: 0 };
    const item = (itemId: string, sku: string, name: string) => ({
      id: itemId, createdAt: at, updatedAt: at, sku, name, categoryId: 'stationery', unit, packs: [], barcodes: [], vatCodeId: null, accountId: null, reorderPoint: null, reorderQuantity: null, archived: false,
    });
    const line = (lineId: string, itemId: string, description: string, quantity: number, price: number) => ({
      id: lineId, itemId, description, supplierSku: '', quantity, unit, price, priceUnit: 1, vatCodeId: vat, accountId: null, received: 0, billed: 0, closedShort: false, requestIds: [],
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['items', 'locations', 'suppliers', 'purchaseOrders'], 'readwrite');
      tx.objectStore('items').add(item('01ITEMPAPER0000000000000000', 'P-A4', 'Copy paper A4'));
      tx.objectStore('items').add(item('01ITEMTONER0000000000000000', 'T-05A', 'Toner 05A'));
      tx.objectStore('locations').add({ id: '01PLACEMAIN0000000000000000', createdAt: at, updatedAt: at, name: 'Main store', code: 'W1', kind: 'shelf', parentId: null, archived: false });
      tx.objectStore('suppliers').add({
        id: '01SUPPLIER00000000000000001', createdAt: at, updatedAt: at, name: 'Office Depot', otherNames: [], taxNumber: '', contacts: [], address: '', email: '', phone: '',
        paymentTermsDays: 30, leadTimeDays: 5, currency: 'EUR', tolerance: null, notes: '', archived: false,
      });
      tx.objectStore('purchaseOrders').add({
        id, createdAt: at, updatedAt: at, number: 'PO-2026-0001', supplierId: '01SUPPLIER00000000000000001', supplierName: 'Office Depot', status: 'ordered',
        orderDate: '2026-03-02', expectedDate: '2026-03-07', deliveryAddress: '', locationId: '01PLACEMAIN0000000000000000', currency: 'EUR', terms: '', notes: '', department: '',
        lines: [line('01LINEPAPER0000000000000000', '01ITEMPAPER0000000000000000', 'Copy paper A4', 100, 200), line('01LINETONER0000000000000000', '01ITEMTONER0000000000000000', 'Toner 05A', 5, 8000)],
        receiptIds: [], billIds: [], orderedAt: at, closedAt: null, cancelledAt: null,
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, orderId);
}

/** What the app stored, read straight from IndexedDB. */
async function storedCounts(page: Page): Promise<{ receipts: number; movements: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    const [receipts, blocks] = await Promise.all([all('goodsReceipts'), all('stockBlocks')]);
    db.close();
    return { receipts: receipts.length, movements: (blocks as { movements: unknown[] }[]).reduce((sum, block) => sum + block.movements.length, 0) };
  });
}

async function switchLanguage(page: Page, language: 'en' | 'ru' | 'hu'): Promise<void> {
  await page.goto('#/settings');
  await page.locator('select:has(option[value="hu"])').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('an order is received in two deliveries, billed at a changed price with the difference flagged, posted, seen in bookkeeping and aged payables, and paid', async ({ page, app }, testInfo) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  await seedOrder(page);

  // First delivery: 60 of 100 sheets (the rest stays on backorder) and all the toner.
  const receiving = new ReceivingPage(page);
  await receiving.open(orderId);
  await expect(receiving.row('Copy paper A4').getByLabel('Quantity of Copy paper A4 received now')).toHaveValue('100');
  await receiving.receive('Copy paper A4', '60');
  await receiving.shortfall('Copy paper A4', 'Keep open (backorder)');
  await page.screenshot({ path: testInfo.outputPath('en-receive-page.png') });
  await receiving.save();
  expect(await storedCounts(page)).toEqual({ receipts: 1, movements: 2 });
  // Back on the order: its receipt, and what is still to receive and to bill.
  const documents = page.getByRole('region', { name: 'Receipts and bills' });
  await expect(documents.getByTestId('order-receipts')).toContainText('GR-2026-0001');
  await expect(documents.getByRole('button', { name: 'Register bill' })).toBeVisible();

  // Second delivery: what is still expected, one more sheet than that is within the 2 % tolerance and shown.
  await receiving.open(orderId);
  await expect(receiving.row('Toner 05A')).toHaveCount(0);
  await expect(receiving.row('Copy paper A4')).toContainText('40 pcs');
  await receiving.receive('Copy paper A4', '41');
  await expect(receiving.row('Copy paper A4')).toContainText('1 pcs more than ordered, within the tolerance');
  await receiving.receiveAll();
  await receiving.save();
  expect(await storedCounts(page)).toEqual({ receipts: 2, movements: 3 });
  await expect(documents.getByRole('button', { name: 'Receive goods' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('en-order-receipts.png'), fullPage: true });

  // The bill: toner at 85.00 instead of 80.00 is flagged; totals per VAT rate.
  const bills = new BillsPage(page);
  await documents.getByRole('button', { name: 'Register bill' }).click();
  await expect(bills.lines).toBeVisible();
  await page.getByLabel('Invoice number').fill('INV-5511');
  await expect(page.getByLabel('Due date')).toHaveValue('04/14/2026');
  await bills.billedPrice('Toner 05A', '85.00');
  await expect(bills.row('Toner 05A').locator('[data-flag="priceDiffers"]')).toHaveText('Price differs from the order');
  await expect(bills.row('Copy paper A4').locator('.flag')).toHaveCount(0);
  await expect(page.getByTestId('bill-totals').locator('tr.bill-total')).toContainText('750.00');
  await page.screenshot({ path: testInfo.outputPath('en-bill-flagged.png') });
  await bills.post();

  // The entry in bookkeeping: received goods at their cost, the price difference, input VAT, the payable.
  await page.getByRole('button', { name: /^Open entry 2026-/ }).click();
  await expect(page.getByRole('heading', { name: /^Entry 2026-\d+ Posted$/ })).toBeVisible();
  await expect(page.locator('main')).toContainText('Office Depot');
  await expect(page.locator('main')).toContainText('750.00');

  await page.goto('#/bookkeeping/reports/aged-payables');
  const aged = page.getByTestId('aged-payables-table');
  await expect(aged.locator('tr[data-supplier="Office Depot"]')).toContainText('750.00');

  // Paying it through the bill payment form.
  await page.goto('#/purchasing/bills');
  const listed = page.locator('table.bill-list tbody tr');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Office Depot');
  await expect(listed).toContainText('750.00');
  await expect(listed).toContainText('Posted');
  await expect(listed.locator('.flag')).toHaveText('Differences');
  await page.screenshot({ path: testInfo.outputPath('en-bill-list.png') });
  await page.getByRole('link', { name: 'INV-5511' }).click();
  await page.getByRole('button', { name: 'Pay' }).click();
  const form = page.locator('form.quick-form');
  await form.getByLabel('Supplier').fill('Office Depot');
  await form.getByRole('checkbox', { name: /of 03\/15\/2026$/ }).check();
  await expect(form.getByLabel('Amount (EUR)')).toHaveValue('750.00');
  await form.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Entry 2026-\d+ Posted$/ })).toBeVisible();
  await page.goto('#/bookkeeping/reports/aged-payables');
  await expect(page.getByTestId('aged-payables-table').locator('tr[data-supplier="Office Depot"]')).toHaveCount(0);
});

test('the receive page and a flagged bill in Russian and Hungarian', async ({ page, app }, testInfo) => {
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  await seedOrder(page);
  const receiving = new ReceivingPage(page);
  await receiving.open(orderId);
  await receiving.receive('Copy paper A4', '60');
  await receiving.save();
  for (const language of ['ru', 'hu'] as const) {
    await switchLanguage(page, language);
    await page.goto(`#/purchasing/orders/${orderId}/receive`);
    await expect(page.locator('table.receive-table')).toBeVisible();
    await page.locator('input.receive-quantity').first().fill('45');
    await page.screenshot({ path: testInfo.outputPath(`${language}-receive-page.png`) });
    await page.goto(`#/purchasing/bills/new/${orderId}`);
    await expect(page.locator('table.bill-lines')).toBeVisible();
    await page.locator('input.bill-price').last().fill('85,00');
    await page.locator('input.bill-price').last().blur();
    await expect(page.locator('table.bill-lines .flag')).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath(`${language}-bill-flagged.png`) });
  }
});
