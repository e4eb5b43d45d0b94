import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from './fixtures';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { CatalogPage, catalogFixture } from './pages/catalog-page';
import { EquipmentPage } from './pages/equipment-page';
import { pdfText } from './pages/pdf';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';
import { StockPage } from './pages/stock-page';
import { StocktakePage } from './pages/stocktake-page';

/**
 * The warehouse from first item to approved count, the way the office manager works
 * through it: import the catalog, set up shelves, receive and issue, count blind with a
 * scanner in packs and units, recount what is off, approve, and see the books follow.
 * Then the office printer gets registered and serviced.
 */

const run = promisify(execFile);
const company = 'Harbour Supplies Ltd';

async function inventoryInTrialBalance(page: Page): Promise<string[]> {
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.choosePeriod('This quarter');
  return reports.figures(reports.trialBalanceRow('Assets:Inventory'));
}

test('import items, shelve and receive them, count blind with a scanner, recount, approve; the books follow', async ({ page, app }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: company, currency: 'EUR' });
  // The chart comes with the books: looking at it once sets it up.
  await new BookkeepingPage(page).open('Accounts');

  // The catalog from the supplier's list: paper in reams of 500 and boxes of 2,500.
  const catalog = new CatalogPage(page);
  await catalog.importItems(catalogFixture('items-en.csv'));
  await expect(catalog.row('PAP-A4')).toBeVisible();
  await expect(catalog.row('PEN-BL')).toBeVisible();

  const stock = new StockPage(page);
  await stock.addLocation({ code: 'WH', name: 'Main warehouse' });
  await stock.addLocation({ code: 'A-01', name: 'Paper shelf', inside: 'WH' });
  await stock.addLocation({ code: 'A-02', name: 'Pen drawer', inside: 'WH' });

  // 10,000 sheets for 500.00 (0.05 a sheet), 20 packs of pens for 60.00 (0.30 a pen).
  await stock.receive({ item: 'PAP-A4', location: 'A-01', quantity: '4', pack: 'box', cost: '500.00', costMode: 'in total' });
  await stock.receive({ item: 'PEN-BL', location: 'A-02', quantity: '200', cost: '60.00', costMode: 'in total' });
  // A ream to the sales desk: 500 sheets at 0.05.
  await stock.issue({ item: 'PAP-A4', location: 'A-01', quantity: '1', pack: 'ream', to: 'Sales desk' });
  expect(await inventoryInTrialBalance(page)).toEqual(['0.00', '560.00', '25.00', '535.00']);

  // A blind cycle count of everything not counted in 30 days, 2 % tolerance.
  const stocktakes = new StocktakePage(page);
  await stocktakes.open();
  const number = await stocktakes.startStocktake({ name: 'March count', scope: { kind: 'notCountedFor', days: 30 }, blind: true, tolerancePercent: 2 });
  expect(number).toBe('ST-2026-001');
  await page.screenshot({ path: test.info().outputPath('counting-en.png') });

  // The count sheets: a page per place, the barcodes drawn, nothing expected shown.
  await page.getByRole('group', { name: 'Count sheets' }).getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText(`Count sheets ${number}.pdf`);
  const sheets = join(app.exportsFolder, `Count sheets ${number}.pdf`);
  const sheetPages = await pdfText(sheets);
  expect(sheetPages).toHaveLength(2);
  expect(sheetPages[0]).toContain('A-01 · Paper shelf');
  expect(sheetPages[0]).toContain('5901234123457');
  expect(sheetPages[1]).toContain('A-02 · Pen drawer');
  expect(sheetPages[1]).toContain('PEN-BL');
  expect(sheetPages.join('\n')).not.toContain('9,500');
  const { stdout: svg } = await run('pdftocairo', ['-svg', sheets, '-']);
  // Each barcode is a drawing of many bars, not a line of text.
  expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(2 * 20);
  await run('pdftoppm', ['-png', '-r', '60', sheets, test.info().outputPath('count-sheet-en')]);

  // The scanner types the paper's EAN: 3 boxes + 2 reams is 8,500, 1,000 short: beyond 2 %.
  await stocktakes.scanAndCount('5901234123457', { packs: { box: '3', ream: '2' }, units: '0' });
  await expect(stocktakes.message).toContainText('Saved: Copy paper A4, 80 g 8,500 pcs');
  await expect(page.getByTestId('count-rows').getByRole('row', { name: /Copy paper A4/ })).toContainText('Count again');
  // The pens by their second barcode: 19 packs and 8 loose pens, 2 short: within 2 %.
  await stocktakes.scanAndCount('96385074', { packs: { pack: '19' }, units: '8' });
  await expect(page.getByTestId('stocktake-progress')).toHaveText('counted 2 of 2');

  // The recount finds the box behind the door: 3 boxes + 3 reams + 400 sheets = 9,400.
  await stocktakes.scanAndCount('PAP-A4', { packs: { box: '3', ream: '3' }, units: '400' });
  await expect(page.getByTestId('count-rows').getByRole('row', { name: /Copy paper A4/ })).toContainText('Recounted');
  await stocktakes.openVariances();
  await expect(page.getByTestId('recount-count')).toHaveText('0');
  await page.screenshot({ path: test.info().outputPath('variances-en.png') });
  await stocktakes.approve();

  // On hand and stock value now: 9,400 sheets (470.00) and 198 pens (59.40).
  await stock.openStock('On hand');
  await expect(stock.viewRow('PAP-A4')).toContainText('9,400');
  await expect(stock.viewRow('PAP-A4')).toContainText('470.00');
  await expect(stock.viewRow('PEN-BL')).toContainText('198');
  await expect(stock.viewRow('PEN-BL')).toContainText('59.40');
  await expect(stock.total()).toHaveText('529.40');
  // The books: 100 sheets (5.00) and 2 pens (0.60) written down with the approval.
  expect(await inventoryInTrialBalance(page)).toEqual(['0.00', '560.00', '30.60', '529.40']);

  // The variance report for the accountant.
  await stocktakes.open();
  await page.getByRole('link', { name: new RegExp(number) }).first().click();
  await stocktakes.openVariances();
  await page.getByRole('group', { name: 'Variance report' }).getByRole('button', { name: 'Save as PDF…' }).click();
  const reportFile = join(app.exportsFolder, `Stocktake variances ${number}.pdf`);
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText(`Stocktake variances ${number}.pdf`);
  const report = (await pdfText(reportFile)).join('\n');
  expect(report).toContain(company);
  // The item's name may wrap in its column; the figures follow it on the line.
  expect(report).toMatch(/PAP-A4\s+Copy paper A4, 80\s+9,500\s+9,400\s+-100\s+-5\.00/);
  expect(report).toContain('Recounted');
});

test('register the office printer, log its service, see when the next one is due', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: company, currency: 'EUR' });
  const equipment = new EquipmentPage(page);
  await equipment.open();
  await equipment.registerEquipment({ name: 'Office printer', category: 'Printer', serialNumber: 'CNB1234567', responsible: 'Anna', purchaseDate: '03/01/2025', purchaseCost: '420.00', serviceIntervalMonths: '6' });
  // Bought a year ago, serviced every 6 months, never serviced: overdue since September.
  await equipment.open();
  await equipment.view('Due for service');
  await expect(equipment.dueRows().filter({ hasText: 'Office printer' })).toContainText('Overdue');
  await equipment.openItem('Office printer');
  await equipment.logService({ date: '03/10/2026', work: 'Drum and rollers replaced', cost: '45.00', by: 'PrintFix Ltd' });
  await expect(equipment.fact('Next service')).toContainText('09/10/2026');
  await equipment.open();
  await equipment.view('Due for service');
  await expect(equipment.dueRows().filter({ hasText: 'Office printer' })).toHaveCount(0);
});
