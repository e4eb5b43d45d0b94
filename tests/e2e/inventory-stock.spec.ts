import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { pdfText } from './pages/pdf';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';
import { StockPage } from './pages/stock-page';

const company = 'Harbour Supplies Ltd';

/**
 * Two catalog items, stored straight into the app's IndexedDB as the Items screen would
 * leave them (raw IndexedDB, so the stock screens are tested on their own).
 */
async function seedItems(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const at = '2026-03-01T09:00:00.000Z';
    const item = (id: string, sku: string, name: string, unit: string, packs: { name: string; contains: number }[], reorderPoint: number | null) => ({
      id, createdAt: at, updatedAt: at, sku, name, categoryId: 'stationery', unit: { code: unit, decimals: 0 }, packs,
      barcodes: [], vatCodeId: null, accountId: null, reorderPoint, reorderQuantity: reorderPoint === null ? null : 10, archived: false,
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('items', 'readwrite');
      tx.objectStore('items').add(item('01ITEMPAPER0000000000000000', 'P-A4', 'Copy paper A4', 'sheet', [{ name: 'ream', contains: 500 }], null));
      tx.objectStore('items').add(item('01ITEMTONER0000000000000000', 'T-05A', 'Toner 05A', 'pcs', [], 2));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: company, currency: 'EUR' });
  await seedItems(page);
});

test('locations, receipts at a cost, issues, a transfer and a write-off show in stock, its value and the trial balance; views print and export', async ({ page, app }) => {
  test.setTimeout(240_000);
  const stock = new StockPage(page);
  await stock.addLocation({ code: 'W1', name: 'Main warehouse' });
  await stock.addLocation({ code: 'W1-A', name: 'Shelf A', inside: 'W1' });
  await stock.addLocation({ code: 'W1-B', name: 'Shelf B', inside: 'W1' });
  await expect(page.locator('tr[data-location-path="Main warehouse › Shelf B"]')).toBeVisible();

  await stock.receive({ item: 'T-05A', location: 'W1-A', quantity: '4', cost: '90.00', note: 'Delivery note 118' });
  await stock.receive({ item: 'P-A4', location: 'W1-A', quantity: '2', pack: 'ream', cost: '5.00' });
  await stock.transfer({ item: 'P-A4', location: 'W1-A', toLocation: 'W1-B', quantity: '1', pack: 'ream' });

  // Five toners out of four: refused until confirmed, and nothing changes while refused.
  await stock.issue({ item: 'T-05A', location: 'W1-A', quantity: '5', to: 'Sales desk', negative: 'cancel' });
  await stock.openStock('On hand');
  await expect(stock.viewRow('T-05A')).toContainText('4 pcs');
  await stock.issue({ item: 'T-05A', location: 'W1-A', quantity: '5', to: 'Sales desk', negative: 'confirm' });
  await stock.receive({ item: 'T-05A', location: 'W1-A', quantity: '2', cost: '180.00', costMode: 'in total' });
  await stock.writeOff({ item: 'P-A4', location: 'W1-B', quantity: '100', reason: 'Damaged', note: 'Wet box' });

  await stock.openStock('On hand');
  await expect(stock.viewRow('P-A4')).toContainText('900 sheet');
  await expect(stock.viewRow('P-A4')).toContainText('9.00');
  await expect(stock.viewRow('T-05A')).toContainText('1 pcs');
  await expect(stock.total()).toHaveText('99.00');
  await stock.groupBy('Location');
  await expect(stock.viewRow('Main warehouse › Shelf B')).toContainText('400 sheet');

  await stock.openStock('To reorder');
  await expect(stock.viewRow('T-05A')).toContainText('10 pcs');

  await stock.openStock('Valuation');
  await stock.groupBy('Location');
  await expect(stock.viewRow('Main warehouse › Shelf A')).toContainText('95.00');
  await expect(stock.total()).toHaveText('99.00');

  await stock.openStock('On hand');
  await stock.viewRow('T-05A').click();
  await expect(page.getByRole('heading', { name: 'Movements of T-05A · Toner 05A' })).toBeVisible();
  await expect(stock.viewRow('Sales desk')).toContainText('-450.00');

  // The books agree: inventory 1200 holds what the stock is worth.
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.choosePeriod('This quarter');
  expect(await reports.figures(reports.trialBalanceRow('Assets:Inventory'))).toEqual(['0.00', '550.00', '451.00', '99.00']);

  // The valuation prints and exports.
  await stock.openStock('Valuation');
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Stock valuation.pdf');
  const printed = (await pdfText(join(app.exportsFolder, 'Stock valuation.pdf'))).join('\n');
  expect(printed).toContain(company);
  expect(printed).toMatch(/T-05A · Toner 05A\s+1 pcs\s+90\.00/);
  expect(printed).toMatch(/Total\s+99\.00/);

  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Stock valuation.csv');
  const csv = await readFile(join(app.exportsFolder, 'Stock valuation.csv'), 'utf8');
  expect(csv).toContain('P-A4 · Copy paper A4');
  expect(csv).toMatch(/T-05A · Toner 05A.*1.*90\.00/);
});

test('a location holding stock is not archived, and says where the stock is', async ({ page }) => {
  const stock = new StockPage(page);
  await stock.addLocation({ code: 'W1', name: 'Main warehouse' });
  await stock.addLocation({ code: 'W1-A', name: 'Shelf A', inside: 'W1' });
  await stock.receive({ item: 'T-05A', location: 'W1-A', quantity: '1', cost: '90.00' });
  await stock.openInventory('Locations');
  await page.getByRole('button', { name: 'Actions for Main warehouse' }).click();
  await page.getByRole('menuitem', { name: 'Archive' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Main warehouse was not archived. Stock is still on hand: Main warehouse › Shelf A (1 items). Move it elsewhere or write it off, then archive.',
  );
  await expect(stock.locationRow('Main warehouse')).not.toContainText('archived');
});
