import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from './fixtures';
import { OrdersPage, readStore, seedStore, type SeedRecord } from './pages/orders-page';
import { pdfText } from './pages/pdf';
import { completeSetup } from './pages/setup-page';

const run = promisify(execFile);
const company = 'Harbour Supplies Ltd';
const at = '2026-03-01T09:00:00.000Z';
const ids = { paper: '01ITEMPAPER0000000000000000', toner: '01ITEMTONER0000000000000000', office: '01SUPPOFFICE000000000000000', toner2: '01SUPPTONER0000000000000000' };

type Vat = { id: string; code: string };

/** Items, two suppliers (records as the supplier screens leave them) and a supplier price, stored raw. */
async function seedPurchasing(page: Page): Promise<Record<string, string>> {
  // Opening the books lays out the chart and the VAT codes.
  await page.goto('#/bookkeeping');
  await expect.poll(async () => (await readStore<Vat>(page, 'vatCodes')).length).toBeGreaterThan(0);
  const vat = Object.fromEntries((await readStore<Vat>(page, 'vatCodes')).map((code) => [code.code, code.id]));
  const item = (id: string, sku: string, name: string, vatCodeId: string | undefined, barcodes: string[] = []) => ({
    id, createdAt: at, updatedAt: at, sku, name, categoryId: 'stationery', unit: { code: 'pcs', decimals: 0 }, packs: [], barcodes,
    vatCodeId: vatCodeId ?? null, accountId: null, reorderPoint: null, reorderQuantity: null, archived: false,
  });
  await seedStore(page, 'items', [item(ids.paper, 'P-A4', 'Copy paper A4', vat.I20, ['5999000000011']), item(ids.toner, 'T-05A', 'Toner 05A', vat.I5)]);
  const supplier = (id: string, name: string, extra: SeedRecord) => ({
    id, createdAt: at, updatedAt: at, name, otherNames: [], taxNumber: '', contacts: [], address: '', email: '', phone: '', paymentTermsDays: 30,
    leadTimeDays: 7, currency: 'EUR', tolerance: null, notes: '', archived: false, ...extra,
  });
  await seedStore(page, 'suppliers', [
    supplier(ids.office, 'Office Depot Kft.', {
      email: 'orders@officedepot.example', address: 'Fő utca 1.\n1011 Budapest', taxNumber: 'HU12345678', leadTimeDays: 5,
      contacts: [{ name: 'Anna Kovács', role: 'Sales', email: 'anna@officedepot.example', phone: '+36 1 234 5678' }],
    }),
    supplier(ids.toner2, 'Toner World', { leadTimeDays: 10 }),
  ]);
  await seedStore(page, 'supplierPrices', [
    { id: '01PRICE0000000000000000001', createdAt: at, updatedAt: at, itemId: ids.paper, supplierId: ids.office, preferred: true, supplierSku: 'OD-CP500',
      price: 450, priceUnit: 100, currency: 'EUR', packSize: 500, minimumQuantity: 0, validFrom: '2026-01-01', history: [] },
  ]);
  return vat;
}

const line = (id: string, itemId: string | null, description: string, quantity: number, price: number, vatCodeId: string | null, extra: SeedRecord = {}) => ({
  id, itemId, description, supplierSku: '', quantity, unit: { code: 'pcs', decimals: 0 }, price, priceUnit: 1, vatCodeId, accountId: null,
  received: 0, billed: 0, closedShort: false, requestIds: [], ...extra,
});

const order = (id: string, number: string, supplierId: string, supplierName: string, status: string, lines: SeedRecord[], extra: SeedRecord = {}) => ({
  id, createdAt: at, updatedAt: at, number, supplierId, supplierName, status, orderDate: '2026-03-02', expectedDate: '2026-03-09', deliveryAddress: '',
  locationId: null, currency: 'EUR', terms: '', notes: '', department: '', lines, receiptIds: [], billIds: [], orderedAt: status === 'draft' ? null : at,
  closedAt: null, cancelledAt: null, ...extra,
});

/** A draft, an ordered order already late, and a received order. */
async function seedOrders(page: Page, vat: Record<string, string>) {
  await seedStore(page, 'purchaseOrders', [
    order('01ORDER000000000000000001', 'PO-2026-0001', ids.office, 'Office Depot Kft.', 'draft', [line('l1', ids.paper, 'Copy paper A4', 500, 5, vat.I20!)]),
    order('01ORDER000000000000000002', 'PO-2026-0002', ids.toner2, 'Toner World', 'ordered', [line('l2', ids.toner, 'Toner 05A', 4, 8900, vat.I5!)], { expectedDate: '2026-03-10' }),
    order('01ORDER000000000000000003', 'PO-2026-0003', ids.office, 'Office Depot Kft.', 'received', [line('l3', null, 'Desk lamp', 2, 2450, vat.I20!, { received: 2 })], { orderDate: '2026-02-20' }),
  ]);
}

test.beforeEach(async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: company, address: 'Harbour Road 4\nCork', taxNumber: 'IE1234567T', currency: 'EUR' });
});

test('an order with an item and a free-text line totals VAT per rate, is sent, printed to PDF and e-mailed to the supplier', async ({ page, app }) => {
  test.setTimeout(120_000);
  await seedPurchasing(page);
  const orders = new OrdersPage(page);
  await orders.open();
  await expect(page.getByText('No purchase orders yet')).toBeVisible();
  await orders.newOrder('Office Depot Kft.');
  // The item by its barcode: the supplier's preferred price and SKU and the item's VAT code come with it.
  await orders.addLine({ what: '5999000000011', quantity: '2500' });
  await expect(orders.line(1).getByLabel('Line 1: supplier\'s SKU')).toHaveValue('OD-CP500');
  await expect(orders.line(1).getByLabel('Line 1: unit price')).toHaveValue('4.50');
  await expect(orders.line(1).getByTestId('line-total')).toHaveText('112.50');
  await orders.addLine({ what: 'Delivery charge', quantity: '1', price: '15', vat: 'I5' });
  await expect(orders.line(2).getByTestId('line-total')).toHaveText('15.00');
  await expect(orders.totalsRow('I20')).toContainText(['112.50', '22.50', '135.00'].join(''));
  await expect(orders.totalsRow('I5')).toContainText(['15.00', '0.75', '15.75'].join(''));
  await expect(orders.totalsRow('total')).toContainText(['127.50', '23.25', '150.75'].join(''));
  await orders.save();
  await expect(page.getByLabel('Expected')).toHaveValue('03/20/2026');

  await orders.act('Send (mark as ordered)');
  await expect(orders.status()).toHaveText('Ordered');
  const [stored] = await readStore<{ status: string; lines: { quantity: number; price: number; priceUnit: number }[] }>(page, 'purchaseOrders');
  expect(stored).toMatchObject({ status: 'ordered', lines: [{ quantity: 2500, price: 450, priceUnit: 100 }, { quantity: 1, price: 1500, priceUnit: 1 }] });

  await page.getByRole('group', { name: 'Print purchase order PO-2026-0001' }).getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByText('Purchase order PO-2026-0001.pdf')).toBeVisible();
  const pdfPath = join(app.exportsFolder, 'Purchase order PO-2026-0001.pdf');
  const text = (await pdfText(pdfPath)).join('\n');
  for (const expected of ['Purchase order PO-2026-0001', company, 'IE1234567T', 'Office Depot Kft.', 'HU12345678', 'Anna Kovács', 'OD-CP500', 'P-A4', 'Copy paper A4', 'Delivery charge', '2,500 pcs', '150.75', '23.25', '03/20/2026']) {
    expect(text).toContain(expected);
  }

  await page.getByRole('button', { name: 'E-mail to supplier…' }).click();
  await expect(page.getByTestId('mail-status')).toContainText('your mail program opened a message');
  expect(app.mailsOpened).toHaveLength(1);
  const mail = new URL(app.mailsOpened[0]!);
  expect(mail.protocol).toBe('mailto:');
  expect(mail.pathname).toBe('orders@officedepot.example');
  expect(mail.searchParams.get('subject')).toBe('Purchase order PO-2026-0001');
  expect(mail.searchParams.get('body')).toContain(pdfPath);
  expect((await stat(pdfPath)).size).toBeGreaterThan(1000);
  expect((await pdfText(pdfPath)).join('\n')).toContain('Delivery charge');
});

test('the order list filters by status, supplier, text and lateness; a draft is cancelled; a received order offers no Cancel', async ({ page }) => {
  const vat = await seedPurchasing(page);
  await seedOrders(page, vat);
  const orders = new OrdersPage(page);
  await orders.open();
  await expect(orders.listRows()).toHaveCount(3);
  await page.getByLabel('Status').selectOption({ label: 'Draft' });
  await expect(orders.listRows()).toHaveCount(1);
  await expect(orders.listRows().first()).toContainText('PO-2026-0001');
  await page.getByLabel('Status').selectOption({ label: 'All statuses' });
  await page.getByLabel('Supplier').selectOption({ label: 'Office Depot Kft.' });
  await expect(orders.listRows()).toHaveCount(2);
  await page.getByLabel('Supplier').selectOption({ label: 'All suppliers' });
  await page.getByLabel('Find').fill('lamp');
  await expect(orders.listRows()).toHaveCount(1);
  await expect(orders.listRows().first()).toContainText('PO-2026-0003');
  await page.getByLabel('Find').fill('');
  await page.getByLabel('Overdue only').check();
  await expect(orders.listRows()).toHaveCount(1);
  await expect(orders.listRows().first()).toContainText('PO-2026-0002');
  await expect(orders.listRows().first()).toContainText('Overdue');
  await page.getByLabel('Overdue only').uncheck();

  await orders.listRows().filter({ hasText: 'PO-2026-0001' }).click();
  await orders.act('Cancel order', 'Cancel the order');
  await expect(orders.status()).toHaveText('Cancelled');
  await expect(page.getByRole('group', { name: 'Order actions' }).getByRole('button')).toHaveCount(0);

  await page.getByRole('button', { name: '← Orders' }).click();
  await orders.listRows().filter({ hasText: 'PO-2026-0003' }).click();
  await expect(orders.status()).toHaveText('Received');
  const actions = page.getByRole('group', { name: 'Order actions' });
  await expect(actions.getByRole('button', { name: 'Close order' })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  await expect(page.getByLabel('Line 1: quantity')).toHaveCount(0);
});

test('a line change the order’s new state no longer allows is refused with the reason, and nothing is stored', async ({ page }) => {
  const vat = await seedPurchasing(page);
  await seedOrders(page, vat);
  await page.goto('#/purchasing/orders/01ORDER000000000000000002');
  const orders = new OrdersPage(page);
  await orders.fillLine(1, { quantity: '6' });
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  // Meanwhile the goods arrive: stored raw, behind the page's back, as another window's receipt would be.
  const [, ordered] = await readStore<SeedRecord & { lines: SeedRecord[] }>(page, 'purchaseOrders');
  await seedStore(page, 'purchaseOrders', [{ ...ordered!, status: 'received', lines: ordered!.lines.map((one) => ({ ...one, received: 4 })) }]);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toHaveText('PO-2026-0002 is Received: its lines can no longer be changed.');
  const [, after] = await readStore<{ lines: { quantity: number }[] }>(page, 'purchaseOrders');
  expect(after!.lines[0]!.quantity).toBe(4);
});

test('an order of 300 lines opens with only the rows in view drawn, and a line edit updates the totals', async ({ page }) => {
  test.setTimeout(120_000);
  const vat = await seedPurchasing(page);
  const lines = Array.from({ length: 300 }, (_, i) => line(`line-${String(i + 1).padStart(3, '0')}`, null, `Part ${i + 1}`, 1, 200, vat.I20!));
  await seedStore(page, 'purchaseOrders', [order('01ORDER000000000000000300', 'PO-2026-0300', ids.office, 'Office Depot Kft.', 'ordered', lines)]);
  await page.goto('#/purchasing/orders/01ORDER000000000000000300');
  const orders = new OrdersPage(page);
  await expect(orders.totalsRow('total')).toContainText(['600.00', '120.00', '720.00'].join(''));
  expect(await page.locator('[data-testid="order-lines"] [data-line]').count()).toBeLessThan(60);
  await page.locator('[data-testid="order-lines"] .vtable-body').evaluate((body) => body.scrollTo(0, body.scrollHeight));
  await orders.fillLine(300, { quantity: '3' });
  await expect(orders.line(300).getByTestId('line-total')).toHaveText('6.00');
  await expect(orders.totalsRow('total')).toContainText(['604.00', '120.80', '724.80'].join(''));
  // Going elsewhere in the app keeps what was typed; it is there on return, still to save.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Home' }).click();
  await page.goto('#/purchasing/orders/01ORDER000000000000000300');
  await expect(page.getByText('Your unsaved changes to this order are back')).toBeVisible();
  await expect(orders.totalsRow('total')).toContainText(['604.00', '120.80', '724.80'].join(''));
  await orders.save();
  const [stored] = await readStore<{ lines: { quantity: number }[] }>(page, 'purchaseOrders');
  expect(stored!.lines[299]!.quantity).toBe(3);
  expect(stored!.lines[0]!.quantity).toBe(1);
});

test('an order of three lines shows all three in its grid, one under another', async ({ page }, testInfo) => {
  const vat = await seedPurchasing(page);
  const lines = ['Pens', 'Folders', 'Stapler'].map((name, i) => line(`short-${i + 1}`, null, name, i + 1, 300, vat.I20!));
  await seedStore(page, 'purchaseOrders', [order('01ORDER000000000000000033', 'PO-2026-0033', ids.office, 'Office Depot Kft.', 'draft', lines)]);
  await page.goto('#/purchasing/orders/01ORDER000000000000000033');
  const orders = new OrdersPage(page);
  await expect(orders.totalsRow('total')).toContainText(['18.00', '3.60', '21.60'].join(''));
  const tops: number[] = [];
  for (const position of [1, 2, 3]) {
    await expect(orders.line(position)).toBeInViewport({ ratio: 1 });
    tops.push((await orders.line(position).boundingBox())!.y);
  }
  expect(tops[1]! - tops[0]!).toBeCloseTo(40, 0);
  expect(tops[2]! - tops[1]!).toBeCloseTo(40, 0);
  await page.screenshot({ path: testInfo.outputPath('order-three-lines.png') });
});

test('the order list, an order and its PDF in English, Russian and Hungarian', async ({ page, app }, testInfo) => {
  test.setTimeout(180_000);
  const vat = await seedPurchasing(page);
  await seedOrders(page, vat);
  const sideways: string[] = [];
  const shoot = async (name: string) => {
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
    if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)) sideways.push(name);
  };
  for (const language of ['en', 'ru', 'hu']) {
    await page.goto('#/settings');
    await page.locator('select:has(option[value="hu"])').first().selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.goto('#/purchasing/orders');
    await expect(page.getByTestId('order-list')).toBeVisible();
    await shoot(`${language}-order-list`);
    await page.goto('#/purchasing/orders/01ORDER000000000000000001');
    await expect(page.getByTestId('order-totals')).toBeVisible();
    await shoot(`${language}-order`);
    await page.locator('.order-document .print-actions button').nth(1).click();
    const folder = app.exportsFolder;
    await expect.poll(async () => (await readdir(folder)).filter((name) => name.endsWith('.pdf')).length).toBe(['en', 'ru', 'hu'].indexOf(language) + 1);
    const newest = (await readdir(folder)).filter((name) => name.endsWith('.pdf') && name.includes('0001'));
    const pdf = join(folder, newest.find((name) => !name.startsWith('Purchase') || language === 'en') ?? newest[0]!);
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, testInfo.outputPath(`${language}-order-pdf`)]);
    await page.goto('#/purchasing/orders/01ORDER000000000000000002');
    await expect(page.getByTestId('order-totals')).toBeVisible();
    await shoot(`${language}-ordered-order`);
  }
  expect(sideways).toEqual([]);
});

test('a book of 20,000 orders with 100,000 lines is listed with only the rows in view drawn, and filtered by text and supplier', async ({ page }) => {
  test.setTimeout(240_000);
  const vat = await seedPurchasing(page);
  // Stored raw in one transaction, as years of ordering would have left them.
  await page.evaluate(
    async ([office, toner, vatId]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('backoffice');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('purchaseOrders', 'readwrite');
        const at = '2026-03-01T00:00:00.000Z';
        for (let i = 0; i < 20_000; i += 1) {
          const n = String(i + 1).padStart(5, '0');
          const lines = Array.from({ length: 5 }, (_, j) => ({
            id: `l${j}`, itemId: null, description: `Part ${(i * 5 + j) % 7919}`, supplierSku: '', quantity: 2, unit: { code: 'pcs', decimals: 0 }, price: 150,
            priceUnit: 1, vatCodeId: vatId, accountId: null, received: 0, billed: 0, closedShort: false, requestIds: [],
          }));
          tx.objectStore('purchaseOrders').add({
            id: `01BULK${n.padStart(20, '0')}`, createdAt: at, updatedAt: at, number: `PO-2025-${n}`, supplierId: i % 4 === 0 ? toner : office,
            supplierName: i % 4 === 0 ? 'Toner World' : 'Office Depot Kft.', status: 'closed', orderDate: '2025-06-01', expectedDate: '2025-06-08', deliveryAddress: '',
            locationId: null, currency: 'EUR', terms: '', notes: '', department: '', lines, receiptIds: [], billIds: [], orderedAt: at, closedAt: at, cancelledAt: null,
          });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [ids.office, ids.toner2, vat.I20!] as const,
  );
  await page.goto('#/purchasing/orders');
  const count = page.locator('.orders .list-count');
  await expect(count).toHaveText('20000 of 20000 orders', { timeout: 60_000 });
  const orders = new OrdersPage(page);
  expect(await orders.listRows().count()).toBeLessThan(60);
  // Every word anywhere: "7918" is in the parts 7918 and in the numbers PO-2025-07918 and -17918.
  await page.getByLabel('Find').fill('part 7918');
  await expect(count).toHaveText(/^\d+ of 20000 orders$/);
  const found = Number((await count.textContent())!.split(' ')[0]);
  const expected = Array.from({ length: 20_000 }, (_, i) => i).filter(
    (i) => String(i + 1).padStart(5, '0').includes('7918') || [0, 1, 2, 3, 4].some((j) => (i * 5 + j) % 7919 === 7918),
  );
  expect(found).toBe(expected.length);
  await page.getByLabel('Supplier').selectOption({ label: 'Toner World' });
  await page.getByLabel('Find').fill('');
  await expect(count).toHaveText('5000 of 20000 orders');
});
