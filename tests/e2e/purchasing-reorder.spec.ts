import { expect, test, type Page } from './fixtures';
import { ReorderPage } from './pages/reorder-page';
import { RequestsPage } from './pages/requests-page';
import { completeSetup } from './pages/setup-page';

const company = 'Harbour Supplies Ltd';
const at = '2026-03-01T09:00:00.000Z';

/**
 * Two items, two suppliers, a preferred price and stock levels, stored straight into the
 * app's IndexedDB as the catalog, supplier and stock screens would leave them (raw
 * IndexedDB, so purchasing's screens are tested on their own).
 */
async function seedBook(page: Page): Promise<void> {
  await page.evaluate(async (stamp) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const item = (id: string, sku: string, name: string, reorderPoint: number | null, reorderQuantity: number | null) => ({
      id, createdAt: stamp, updatedAt: stamp, sku, name, categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 }, packs: [{ name: 'box', contains: 4 }],
      barcodes: [`590${id.length}`], vatCodeId: null, accountId: null, reorderPoint, reorderQuantity, archived: false,
    });
    const supplier = (id: string, name: string) => ({
      id, createdAt: stamp, updatedAt: stamp, name, otherNames: [], taxNumber: '', contacts: [], address: '', email: '', phone: '',
      paymentTermsDays: 30, leadTimeDays: 7, currency: 'EUR', tolerance: null, notes: '', archived: false,
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['items', 'suppliers', 'supplierPrices', 'stockLevels'], 'readwrite');
      tx.objectStore('items').add(item('item-toner', 'T-05A', 'Toner 05A', 5, 10));
      tx.objectStore('items').add(item('item-paper', 'P-A4', 'Copy paper A4', 20, null));
      tx.objectStore('suppliers').add(supplier('supplier-toner', 'Toner World'));
      tx.objectStore('suppliers').add(supplier('supplier-office', 'Office Depot Kft.'));
      tx.objectStore('supplierPrices').add({
        id: 'price-toner', createdAt: stamp, updatedAt: stamp, itemId: 'item-toner', supplierId: 'supplier-toner', preferred: true, supplierSku: 'TW-05A',
        price: 4500, priceUnit: 1, currency: 'EUR', packSize: 4, minimumQuantity: 0, validFrom: '2026-01-01', history: [],
      });
      tx.objectStore('stockLevels').add({ itemId: 'item-toner', quantity: 3, value: 13500, byLocation: {}, periods: [] });
      tx.objectStore('stockLevels').add({ itemId: 'item-paper', quantity: 10, value: 100, byLocation: {}, periods: [] });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, at);
}

/** The stored orders, read back raw. */
function storedOrders(page: Page): Promise<{ number: string; status: string; supplierName: string; lines: { itemId: string | null; quantity: number; price: number; requestIds: string[] }[] }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const orders = await new Promise<never[]>((resolve, reject) => {
      const request = db.transaction('purchaseOrders').objectStore('purchaseOrders').getAll();
      request.onsuccess = () => resolve(request.result as never[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return orders;
  });
}

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: company, currency: 'EUR' });
  await seedBook(page);
});

test('a low item is suggested in whole packs of its preferred supplier; its draft order stops the suggestion', async ({ page }) => {
  const reorder = new ReorderPage(page);
  await reorder.open();
  // 3 on hand, point 5, reorder quantity 10, sold in packs of 4: 12.
  const toner = reorder.row('T-05A');
  await expect(reorder.group('Toner World')).toContainText('T-05A · Toner 05A');
  await expect(reorder.quantity('T-05A')).toHaveValue('12');
  await expect(toner).toContainText('3 × box');
  await expect(toner).toContainText('540.00');
  // Paper (10 on hand, point 20) has no preferred supplier: flagged, and left out until one is picked.
  await expect(reorder.group('No supplier')).toContainText('P-A4 · Copy paper A4');
  await expect(reorder.quantity('P-A4')).toHaveValue('11');

  const created = await reorder.createDraftOrders(1);
  await expect(created).toContainText('PO-2026-0001 · Toner World');
  await expect(toner).toHaveCount(0);
  await expect(reorder.row('P-A4')).toBeVisible();
  await reorder.supplierFor('P-A4').selectOption({ label: 'Office Depot Kft.' });
  await expect(await reorder.createDraftOrders(1)).toContainText('PO-2026-0002 · Office Depot Kft.');
  await expect(reorder.empty()).toBeVisible();
  const [order, paperOrder] = await storedOrders(page);
  expect(paperOrder!.lines).toEqual([expect.objectContaining({ itemId: 'item-paper', quantity: 11, price: 0 })]);
  expect(order).toMatchObject({ number: 'PO-2026-0001', status: 'draft', supplierName: 'Toner World' });
  expect(order!.lines).toEqual([expect.objectContaining({ itemId: 'item-toner', quantity: 12, price: 4500 })]);
});

test('requests are noted, approved and turned into orders per supplier, and show where they stand', async ({ page }) => {
  const requests = new RequestsPage(page);
  await requests.open();
  await expect(page.getByText('No requests yet.')).toBeVisible();
  const toner = await requests.note({ what: 'T-05A', quantity: '2', person: 'Anna', department: 'Sales', neededBy: '2026-03-20' });
  const markers = await requests.note({ what: 'Whiteboard markers', quantity: '6', person: 'Béla', department: 'Front desk' });
  expect([toner, markers]).toEqual(['RQ-2026-0001', 'RQ-2026-0002']);
  await expect(requests.standing(toner)).toHaveText('Open, waiting for a decision');
  await expect(requests.row(toner)).toContainText('Toner 05A');

  await requests.approve(toner);
  // The paper item has no preferred supplier: the free text asks for one before anything is made.
  await page.getByRole('checkbox', { name: `Select ${toner}` }).check();
  await page.getByRole('checkbox', { name: `Select ${markers}` }).check();
  await page.getByRole('button', { name: 'Create orders (2)' }).click();
  await expect(requests.supplierChoice(toner)).toHaveValue('supplier-toner');
  await expect(requests.supplierChoice(markers)).toHaveValue('');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Create draft orders' })).toBeDisabled();
  await requests.supplierChoice(markers).selectOption({ label: 'Office Depot Kft.' });
  await page.getByRole('dialog').getByRole('button', { name: 'Create draft orders' }).click();

  await expect(requests.standing(toner)).toHaveText(/^Ordered PO-2026-000\d \(draft, not sent yet\)$/);
  await expect(requests.standing(markers)).toHaveText(/^Ordered PO-2026-000\d/);
  const orders = await storedOrders(page);
  expect(orders.map((order) => order.supplierName).sort()).toEqual(['Office Depot Kft.', 'Toner World']);
  const tonerOrder = orders.find((order) => order.supplierName === 'Toner World')!;
  // Two requested, sold in packs of 4: one pack.
  expect(tonerOrder.lines).toEqual([expect.objectContaining({ itemId: 'item-toner', quantity: 4 })]);
  await expect(requests.standing(toner)).toContainText(tonerOrder.number);
  // The standing links to the order it became.
  await requests.standing(toner).getByRole('button').click();
  await expect(page).toHaveURL(/#\/purchasing\/orders\/[^/]+$/);
  await expect(page.getByText(tonerOrder.number).first()).toBeVisible();
  await requests.open();

  await page.getByLabel('Status').selectOption({ label: 'Ordered' });
  await expect(page.locator('tr[data-request]')).toHaveCount(2);
  await page.getByLabel('Person or department').fill('sales');
  await expect(page.locator('tr[data-request]')).toHaveCount(1);
});

test('a rejected request shows its reason, and a rejection needs one', async ({ page }) => {
  const requests = new RequestsPage(page);
  await requests.open();
  const number = await requests.note({ what: 'Espresso machine', quantity: '1', person: 'Csilla', department: 'Kitchen' });
  await page.getByRole('button', { name: `Reject ${number}` }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Reject' })).toBeDisabled();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await requests.reject(number, 'We have one in the kitchen already');
  await expect(requests.standing(number)).toHaveText('Rejected: We have one in the kitchen already');
  await expect(page.getByRole('checkbox', { name: `Select ${number}` })).toHaveCount(0);
});
