import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from './fixtures';
import { pdfText } from './pages/pdf';
import { completeSetup } from './pages/setup-page';
import { seedWarehouse, stockLevelOf, StocktakePage, type SeedItem, type SeedPlace } from './pages/stocktake-page';

const run = promisify(execFile);
const company = 'Harbour Supplies Ltd';

const places: SeedPlace[] = [
  { code: 'WH', name: 'Main warehouse' },
  { code: 'A-02', name: 'Paper shelf', parent: 'WH' },
  { code: 'A-01', name: 'Front shelf', parent: 'WH' },
];
const items: SeedItem[] = [
  // 5000 sheets worth 250.00: 0.05 a sheet.
  { sku: 'P-A4', name: 'Copy paper A4', barcodes: ['4006381333931'], packs: [{ name: 'ream', contains: 500 }, { name: 'box', contains: 2500 }], stock: { 'A-02': [5000, 25_000] } },
  { sku: 'T-05A', name: 'Toner 05A', stock: { 'A-01': [8, 72_000] } },
  // Counted last week: a 30-day cycle count leaves it out.
  { sku: 'PEN-B', name: 'Ballpoint pen blue', barcodes: ['PEN-BLUE'], stock: { 'A-01': [120, 6_000] }, lastCounted: '2026-03-10' },
  { sku: 'FAX', name: 'Fax roll', archived: true, stock: { 'A-01': [3, 900] } },
];

async function bookWithWarehouse(page: Page) {
  await completeSetup(page, { name: company, currency: 'EUR' });
  // Opening Bookkeeping sets up the chart the inventory accounts come from.
  await page.getByRole('link', { name: 'Bookkeeping' }).click();
  await expect(page.getByRole('heading', { name: 'Bookkeeping' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => new Promise<number>((resolve) => {
    const request = indexedDB.open('backoffice');
    request.onsuccess = () => {
      const count = request.result.transaction('accounts').objectStore('accounts').count();
      count.onsuccess = () => {
        resolve(count.result);
        request.result.close();
      };
    };
  }))).toBeGreaterThan(10);
  return seedWarehouse(page, { places, items, date: '2026-03-01' });
}

test.beforeEach(async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
});

test('a blind cycle count: count sheets, scanning in packs and units, a flagged variance recounted, approval posts the difference', async ({ page, app }) => {
  const ids = await bookWithWarehouse(page);
  const stocktakes = new StocktakePage(page);
  await stocktakes.open();
  const number = await stocktakes.startStocktake({ name: 'March cycle count', scope: { kind: 'notCountedFor', days: 30 }, blind: true, tolerancePercent: 5 });
  expect(number).toBe('ST-2026-001');
  await expect(page.getByTestId('stocktake-progress')).toHaveText('counted 0 of 2');

  // Count sheets: one page per place by shelf code, barcodes drawn, no expected figures.
  await page.getByRole('group', { name: 'Count sheets' }).getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Count sheets ST-2026-001.pdf');
  const sheets = join(app.exportsFolder, 'Count sheets ST-2026-001.pdf');
  const pages = await pdfText(sheets);
  expect(pages).toHaveLength(2);
  expect(pages[0]).toContain('A-01 · Front shelf');
  expect(pages[0]).toContain('T-05A');
  expect(pages[1]).toContain('A-02 · Paper shelf');
  expect(pages[1]).toContain('Copy paper A4');
  expect(pages[1]).toContain('4006381333931');
  const all = pages.join('\n');
  expect(all).not.toContain('PEN-B');
  expect(all).not.toContain('Expected');
  expect(all).not.toContain('5,000');
  // Each barcode is drawn: the PDF as SVG has a group of bars per barcode.
  const { stdout: svg } = await run('pdftocairo', ['-svg', '-f', '1', '-l', '2', sheets, '-']);
  expect((svg.match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(2 * 2);
  await run('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', sheets, join(app.exportsFolder, 'sheet')]);
  expect((await readFile(join(app.exportsFolder, 'sheet-2.png'))).length).toBeGreaterThan(5_000);

  // Counting: scan the EAN, count 1 box + 4 reams + 10 sheets = 4,510 (490 short: beyond 5 %).
  await stocktakes.scanAndCount('4006381333931', { packs: { box: '1', ream: '4' }, units: '10' });
  await expect(stocktakes.message).toContainText('Saved: Copy paper A4 4,510 pcs at A-02.');
  // The toner has no barcode: its SKU is what the sheet carries and what the scan finds.
  await stocktakes.scan.focus();
  await stocktakes.scanCode('T-05A');
  await stocktakes.entry.locator('#count-units').fill('-1');
  await stocktakes.entry.locator('#count-units').press('Enter');
  await expect(stocktakes.entry.getByRole('alert')).toContainText('“-1” cannot be a count');
  await stocktakes.entry.locator('#count-units').fill('eight');
  await stocktakes.entry.locator('#count-units').press('Enter');
  await expect(stocktakes.entry.getByRole('alert')).toContainText('“eight” is not a quantity in pcs');
  await expect(page.getByTestId('stocktake-progress')).toHaveText('counted 1 of 2');
  await stocktakes.entry.locator('#count-units').fill('8');
  await stocktakes.entry.locator('#count-units').press('Enter');
  await expect(page.getByTestId('stocktake-progress')).toHaveText('counted 2 of 2');

  // An archived item is named; an unknown code is kept and offered to an item.
  await stocktakes.scanCode('FAX');
  await expect(stocktakes.message).toContainText('Fax roll (FAX) is archived');
  await stocktakes.scanCode('5990000000007');
  await expect(page.getByTestId('unknown-code')).toContainText('No item has the code 5990000000007');
  await page.getByRole('button', { name: 'Set aside' }).click();

  // The paper is flagged for a recount; the recount replaces the first figure.
  await expect(page.getByTestId('count-rows').getByRole('row', { name: /Copy paper A4/ })).toContainText('Count again');
  await stocktakes.openVariances();
  await expect(page.getByTestId('recount-count')).toHaveText('1');
  await stocktakes.openCount();
  await stocktakes.scanCode('P-A4');
  await expect(stocktakes.entry).toContainText('Count it again');
  await stocktakes.entry.locator('#count-units').fill('4990');
  await stocktakes.entry.locator('#count-units').press('Enter');
  await expect(page.getByTestId('count-rows').getByRole('row', { name: /Copy paper A4/ })).toContainText('Recounted');

  // Approve: 10 sheets short at 0.05 = 0.50 to Other expenses.
  await stocktakes.openVariances();
  await expect(page.getByTestId('recount-count')).toHaveText('0');
  await stocktakes.approve();
  await expect(page.locator('.stocktake-head')).toContainText('accuracy 100.0%');
  expect(await stockLevelOf(page, ids['P-A4']!)).toMatchObject({ quantity: 4990, value: 24_950, lastCounted: '2026-03-15' });
  expect(await stockLevelOf(page, ids['T-05A']!)).toMatchObject({ quantity: 8, value: 72_000, lastCounted: '2026-03-15' });
  expect(await stockLevelOf(page, ids['PEN-B']!)).toMatchObject({ quantity: 120, lastCounted: '2026-03-10' });

  // The variance report for the accountant.
  await page.getByRole('group', { name: 'Variance report' }).getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Stocktake variances ST-2026-001.pdf');
  const reportFile = join(app.exportsFolder, 'Stocktake variances ST-2026-001.pdf');
  await run('pdftoppm', ['-png', '-r', '70', reportFile, test.info().outputPath('variance-report')]);
  const report = (await pdfText(reportFile)).join('\n');
  expect(report).toContain(company);
  expect(report).toMatch(/P-A4\s+Copy paper A4\s+5,000\s+4,990\s+-10\s+-0\.50/);
  expect(report).toContain('Recounted');
  expect(report).not.toContain('T-05A');

  // The journal entry: inventory credited, other expenses debited, 0.50.
  await page.goto(`${new URL(page.url()).origin}/#/bookkeeping/entries`);
  const row = page.getByRole('row', { name: /ST-2026-001/ });
  await expect(row).toContainText('0.50');
});

test('cancelling a stocktake posts nothing; approving a count of the whole warehouse with uncounted as zero empties what was not found', async ({ page }) => {
  const ids = await bookWithWarehouse(page);
  const stocktakes = new StocktakePage(page);
  await stocktakes.open();
  await stocktakes.startStocktake({ scope: { kind: 'all' }, blind: false });
  await page.getByRole('button', { name: 'Cancel stocktake…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel stocktake' }).click();
  await expect(page.locator('.stocktake-head .badge')).toHaveText('Cancelled');
  expect(await stockLevelOf(page, ids['P-A4']!)).toMatchObject({ quantity: 5000 });

  await stocktakes.open();
  expect(await stocktakes.startStocktake({ scope: { kind: 'locations', codes: ['A-01'] }, blind: false })).toBe('ST-2026-002');
  await stocktakes.scanAndCount('PEN-BLUE', { units: '118' });
  await stocktakes.approve({ uncountedMeansZero: true });
  expect(await stockLevelOf(page, ids['PEN-B']!)).toMatchObject({ quantity: 118 });
  expect(await stockLevelOf(page, ids['T-05A']!)).toMatchObject({ quantity: 0, value: 0 });
  expect(await stockLevelOf(page, ids['P-A4']!)).toMatchObject({ quantity: 5000 });
  await stocktakes.open();
  await expect(page.getByRole('region', { name: 'Count accuracy' })).toContainText('ST-2026-002');
  await page.screenshot({ path: test.info().outputPath('list-en.png') });
});

test('the counting screen and the count sheets in English, Russian and Hungarian', async ({ page, app }) => {
  await bookWithWarehouse(page);
  const stocktakes = new StocktakePage(page);
  await stocktakes.open();
  await stocktakes.startStocktake({ name: 'Shelves A', scope: { kind: 'all' }, blind: false });
  const countUrl = page.url();
  await stocktakes.scanAndCount('4006381333931', { packs: { box: '1', ream: '4' }, units: '10' });
  await stocktakes.scanCode('T-05A');
  await expect(stocktakes.entry).toBeVisible();

  for (const language of ['en', 'ru', 'hu'] as const) {
    await page.getByRole('navigation').locator('a[href="#/settings"]').click();
    await page.locator('select:has(option[value="hu"])').first().selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.goto(countUrl);
    await page.locator('#count-scan').waitFor();
    await page.locator('#count-scan').focus();
    await page.keyboard.type('T-05A');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('count-entry')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`counting-${language}.png`) });

    const before = new Set(await readdirPdfs(app.exportsFolder));
    await page.locator('.count-sheets-print button').nth(1).click();
    await expect.poll(async () => (await readdirPdfs(app.exportsFolder)).filter((name) => !before.has(name))).toHaveLength(1);
    const [file] = (await readdirPdfs(app.exportsFolder)).filter((name) => !before.has(name));
    const text = (await pdfText(join(app.exportsFolder, file!))).join('\n');
    expect(text).toContain('4006381333931');
    await run('pdftoppm', ['-png', '-r', '80', join(app.exportsFolder, file!), test.info().outputPath(`count-sheet-${language}`)]);

    await page.getByRole('navigation', { name: /./ }).locator('a[href$="/variances"]').click();
    await expect(page.getByTestId('variance-summary')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`variances-${language}.png`) });
    await page.goto(`${new URL(countUrl).origin}/#/inventory/stocktakes/new`);
    await page.locator('.stocktake-start').waitFor();
    await page.screenshot({ path: test.info().outputPath(`start-${language}.png`) });
  }
});

async function readdirPdfs(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.pdf'));
}

test('a scan finds a line far down a long sheet and brings it into view; an item found where the books had none gets a line', async ({ page }) => {
  await completeSetup(page, { name: company, currency: 'EUR' });
  await page.getByRole('link', { name: 'Bookkeeping' }).click();
  await expect(page.getByRole('heading', { name: 'Bookkeeping' })).toBeVisible();
  const many: SeedItem[] = Array.from({ length: 300 }, (_, index) => ({
    sku: `S-${String(index + 1).padStart(3, '0')}`,
    name: `Spare part ${index + 1}`,
    barcodes: [`SP${index + 1}`],
    stock: { [index === 299 ? 'B-01' : 'A-01']: [5, 500] },
  }));
  await expect.poll(() => seedWarehouse(page, { places: [{ code: 'A-01', name: 'Parts shelf' }, { code: 'B-01', name: 'Back shelf' }], items: many, date: '2026-03-01' }).then(() => true, () => false)).toBe(true);
  const stocktakes = new StocktakePage(page);
  await stocktakes.open();
  await stocktakes.startStocktake({ scope: { kind: 'all' }, blind: true });
  await stocktakes.choosePlace('A-01');
  const far = page.getByTestId('count-rows').getByRole('row', { name: /Spare part 250\b/ });
  await expect(far).toHaveCount(0);
  await stocktakes.scanCode('SP250');
  await expect(stocktakes.entry).toContainText('Spare part 250');
  await expect(far).toBeInViewport();

  // Part 300 lies on B-01 in the books but turns up on A-01: counted there, it gets a line of its own.
  await page.keyboard.press('Escape');
  await stocktakes.scanCode('SP300');
  await expect(stocktakes.message).toContainText('Spare part 300 is not on this location');
  await stocktakes.entry.locator('#count-units').fill('2');
  await stocktakes.entry.locator('#count-units').press('Enter');
  await expect(stocktakes.entry).toBeHidden();
  await stocktakes.scanCode('SP300');
  await expect(stocktakes.entry).toContainText('counted 2 pcs');
  await expect(page.getByTestId('count-rows').getByRole('row', { name: /Spare part 300\b/ })).toBeInViewport();
});
