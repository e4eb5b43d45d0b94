import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { CatalogPage, catalogFixture } from './pages/catalog-page';
import { completeSetup } from './pages/setup-page';

/** Items stored in the app's IndexedDB, read raw so the check does not go through the code under test. */
async function storedItems(page: Page): Promise<{ sku: string; barcodes: string[]; packs: { name: string; contains: number }[] }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const items = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('items').objectStore('items').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return items as { sku: string; barcodes: string[]; packs: { name: string; contains: number }[] }[];
  });
}

async function useLanguage(page: Page, language: string): Promise<void> {
  await page.goto('#/settings');
  await page.locator('select:has(option[value="hu"])').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test.beforeEach(async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', country: 'IE', currency: 'EUR' });
});

test('items are imported from a CSV through the column mapping, and a scanned barcode finds its item', async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await expect(page.getByTestId('catalog-empty')).toContainText('The catalog is empty');
  await catalog.chooseImportFile(catalogFixture('items-en.csv'));
  const mapping = page.getByTestId('catalog-mapping');
  await expect(mapping.getByLabel('SKU', { exact: true })).toHaveValue('0');
  // The notes column is left out on purpose: nothing of it is stored.
  await mapping.getByLabel('Notes', { exact: true }).selectOption({ label: '— not in the file —' });
  await expect(page.getByTestId('catalog-import-summary')).toHaveText('To add: 4, to update: 0, to skip: 0, with errors: 0.');
  await page.getByRole('button', { name: 'Import items (4)' }).click();
  await expect(page.getByTestId('catalog-import-done')).toContainText('Added: 4, updated: 0, skipped: 0, left out: 0.');
  await page.getByRole('button', { name: 'Show the items' }).click();
  await expect(page.getByTestId('item-count')).toHaveText('Items shown: 4');
  await expect(catalog.row('COF-1KG')).toContainText('Food and kitchen');
  await expect(catalog.row('COF-1KG')).toContainText('2.5');

  const stored = await storedItems(page);
  expect(stored.find((item) => item.sku === 'PAP-A4')).toMatchObject({ packs: [{ name: 'ream', contains: 500 }, { name: 'box', contains: 2500 }] });
  expect(stored.find((item) => item.sku === 'PAP-A4')).not.toHaveProperty('notes');

  // A scanner types the code and Enter: the one item opens.
  await catalog.search('96385074');
  await expect(page.getByTestId('item-count')).toHaveText('Items shown: 1');
  await expect(catalog.row('PEN-BL')).toBeVisible();
  await page.getByLabel('Search', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Item PEN-BL' })).toBeVisible();
});

test('an item with packs and two barcodes is added, corrected after a refusal, edited and found by barcode', async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await page.getByRole('button', { name: 'Add item' }).first().click();
  await catalog.fillItem({
    sku: 'PEN-RED',
    name: 'Ballpoint pen, red',
    packs: [{ name: 'pack', size: '10' }, { name: 'box', size: '100' }],
    barcodes: ['4006381333932', '96385074'],
    reorderPoint: '20',
    reorderQuantity: '100',
  });
  // A mistyped check digit is refused beside the barcodes; nothing typed is lost.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Barcode 4006381333932 has a wrong check digit')).toBeVisible();
  await expect(page.getByLabel('Name of pack 2')).toHaveValue('box');
  await page.getByLabel('Barcode 1', { exact: true }).fill('4006381333931');
  await page.keyboard.press('Control+Enter');
  await expect(catalog.row('PEN-RED')).toBeVisible();

  await catalog.row('PEN-RED').click();
  await expect(page.getByLabel('Barcode 2', { exact: true })).toHaveValue('96385074');
  await page.getByLabel('Name', { exact: true }).fill('Ballpoint pen, red, fine');
  await page.getByLabel('Pack 1 holds (pcs)').fill('12');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(catalog.row('PEN-RED')).toContainText('Ballpoint pen, red, fine');

  await catalog.search('4006381333931');
  await expect(page.getByTestId('item-count')).toHaveText('Items shown: 1');
  await expect(catalog.row('PEN-RED')).toBeVisible();
  expect(await storedItems(page)).toEqual([
    expect.objectContaining({ sku: 'PEN-RED', barcodes: ['4006381333931', '96385074'], packs: [{ name: 'pack', contains: 12 }, { name: 'box', contains: 100 }] }),
  ]);
});

test('categories are renamed, added and archived; an archived item leaves the list but keeps its SKU', async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.importItems(catalogFixture('items-en.csv'));
  await page.getByRole('button', { name: 'Categories' }).click();
  await page.getByLabel('Name of the category Stationery').fill('Office supplies');
  await page.getByRole('row').filter({ has: page.getByLabel('Name of the category Stationery') }).getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByLabel('Name of the category Office supplies')).toBeVisible();
  await page.getByLabel('New category').fill('Spare parts');
  await page.getByRole('button', { name: 'Add category' }).click();
  await page.getByLabel('New category').fill('office SUPPLIES');
  await page.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByRole('alert')).toHaveText('There is already a category named “Office supplies”.');
  await page.getByRole('row').filter({ has: page.getByLabel('Name of the category Spare parts') }).getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('row').filter({ has: page.getByLabel('Name of the category Spare parts') })).toContainText('archived');

  await page.getByRole('link', { name: '← All items' }).click();
  await expect(catalog.row('PAP-A4')).toContainText('Office supplies');
  const categories = page.getByLabel('Category', { exact: true });
  await expect(categories.locator('option')).toHaveText(['All categories', 'Office supplies', 'Consumables', 'Food and kitchen', 'Cleaning', 'IT and equipment', 'Goods for sale', 'Other']);

  await catalog.row('SOAP-5L').click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByTestId('item-count')).toHaveText('Items shown: 3');
  await page.getByLabel('Show archived').check();
  await expect(catalog.row('SOAP-5L')).toContainText('archived');
  await page.getByRole('button', { name: 'Add item' }).click();
  await catalog.fillItem({ sku: 'soap-5l', name: 'Another soap' });
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByText('SKU SOAP-5L belongs to the archived item “Liquid soap 5 l”.')).toBeVisible();
});

test('the catalog exports to CSV with its packs, barcodes and quantities', async ({ page, app }) => {
  const catalog = new CatalogPage(page);
  await catalog.importItems(catalogFixture('items-en.csv'));
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as Item catalog.csv' })).toBeVisible();
  const csv = await readFile(join(app.exportsFolder, 'Item catalog.csv'), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('SKU,Name,Category,Unit,Decimals,Barcode,Pack,Pack size,Box,Box size,Reorder point,Reorder quantity,VAT code,Account,Notes,On hand,Archived');
  expect(lines).toContain('COF-1KG,Coffee beans,Food and kitchen,kg,3,036000291452,,,,,2.5,10,,,Weighed on delivery,,');
  expect(lines).toContain('PEN-BL,Ballpoint pen blue,Stationery,pcs,0,4006381333931;96385074,pack,10,,,20,50,,,,,');
  expect(lines).toContain('PAP-A4,"Copy paper A4, 80 g",Stationery,pcs,0,5901234123457,ream,500,box,2500,5000,10000,,,Order from the usual supplier,,');
});

test('a file that is not an item list is refused with the reason, and nothing is stored', async ({ page, app }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await catalog.chooseImportFile(catalogFixture('not-a-catalog.png'));
  await expect(page.getByRole('alert')).toHaveText('not-a-catalog.png is not a text or Excel file. Choose a CSV or XLSX file.');
  await page.getByTestId('catalog-file').setInputFiles(catalogFixture('items-header-only.csv'));
  await expect(page.getByRole('alert')).toContainText('items-header-only.csv has no item rows under its header.');
  // 50 MB: refused by its size before it is read.
  const huge = join(app.dataFolder, 'huge.csv');
  await writeFile(huge, 'SKU,Name\r\n');
  await truncate(huge, 50 * 1024 * 1024);
  await page.getByTestId('catalog-file').setInputFiles(huge);
  await expect(page.getByRole('alert')).toContainText('huge.csv is larger than 20 MB');

  // A list with faulty rows shows each row and why, and imports nothing until told to leave them out.
  await page.getByTestId('catalog-file').setInputFiles(catalogFixture('items-faulty.csv'));
  await expect(page.getByTestId('catalog-import-summary')).toHaveText('To add: 1, to update: 0, to skip: 0, with errors: 3.');
  const rows = page.getByTestId('catalog-import-rows');
  await expect(rows.getByRole('row').filter({ hasText: 'BAD-EAN' })).toContainText('Barcode 5000000000013 has a wrong check digit');
  await expect(rows.getByRole('row').filter({ hasText: 'Same SKU again' })).toContainText('SKU OK-1 is already on row 2 of the file.');
  await expect(page.getByRole('button', { name: 'Import items (1)' })).toBeDisabled();
  expect(await storedItems(page)).toEqual([]);
  await page.getByLabel('Leave out the rows with errors (3) and import the rest').check();
  await page.getByRole('button', { name: 'Import items (1)' }).click();
  await expect(page.getByTestId('catalog-import-done')).toContainText('Added: 1, updated: 0, skipped: 0, left out: 3.');
  expect((await storedItems(page)).map((item) => item.sku)).toEqual(['OK-1']);
});

test('a catalog of 10,000 items is listed with only the rows in view drawn, and searched by barcode', async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.open();
  await expect(page.getByTestId('catalog-empty')).toBeVisible();
  // Stored raw, as a long-used catalog would be; the screen follows the database live.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('items', 'readwrite');
      const at = '2026-03-01T00:00:00.000Z';
      for (let i = 0; i < 10_000; i += 1) {
        const n = String(i).padStart(5, '0');
        tx.objectStore('items').add({
          id: `01SEED${n.padStart(20, '0')}`, createdAt: at, updatedAt: at, sku: `SKU-${n}`, name: `Item ${n}`, categoryId: 'other',
          unit: { code: 'pcs', decimals: 0 }, packs: [], barcodes: [`BC${n}`], vatCodeId: null, accountId: null, reorderPoint: null, reorderQuantity: null, archived: false,
        });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.reload();
  await expect(page.getByTestId('item-count')).toHaveText('Items shown: 10000', { timeout: 30_000 });
  expect(await catalog.list().getByRole('row').count()).toBeLessThan(60);
  await catalog.search('BC04321');
  await expect(page.getByTestId('item-count')).toHaveText('Items shown: 1');
  await expect(catalog.row('SKU-04321')).toBeVisible();
});

test('the items list, the item form and the import mapping in English, Russian and Hungarian', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const catalog = new CatalogPage(page);
  await catalog.importItems(catalogFixture('items-hu.xlsx'));
  await catalog.importItems(catalogFixture('items-ru-windows-1251.csv'));
  await catalog.importItems(catalogFixture('items-en.csv'));
  const sideways: string[] = [];
  const shoot = async (name: string) => {
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
    if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)) sideways.push(name);
  };
  for (const language of ['en', 'ru', 'hu']) {
    await useLanguage(page, language);
    await page.goto('#/inventory/items');
    await expect(page.getByTestId('item-list')).toBeVisible();
    await shoot(`${language}-items`);
    await page.getByTestId('item-list').getByRole('row').filter({ hasText: 'PEN-BL' }).click();
    await expect(page.locator('form.item-form')).toBeVisible();
    await shoot(`${language}-item-form`);
    await page.goto('#/inventory/items/import');
    await page.getByTestId('catalog-file').setInputFiles(catalogFixture('items-ru-windows-1251.csv'));
    await expect(page.getByTestId('catalog-import-preview')).toBeVisible();
    await shoot(`${language}-import-mapping`);
    await page.goto('#/inventory/items/categories');
    await expect(page.locator('.categories-panel')).toBeVisible();
    await shoot(`${language}-categories`);
  }
  expect(sideways).toEqual([]);
});
