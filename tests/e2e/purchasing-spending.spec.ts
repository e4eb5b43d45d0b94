import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures';
import { pdfText } from './pages/pdf';
import { completeSetup } from './pages/setup-page';
import {
  accountIdsByTemplate,
  billRecord,
  itemRecord,
  orderLineRecord,
  orderRecord,
  seedPurchasing,
  SpendingPage,
  supplierRecord,
} from './pages/spending-page';

const run = promisify(execFile);
const company = 'Harbour Supplies Ltd';

/**
 * A first quarter of purchasing, as the purchasing screens would have stored it (today is
 * 15 March 2026): paper from Paper & Co for Sales, toner from Toner World for the
 * Warehouse with freight on its bill, one order five days late and one not due yet.
 * Posted in 2026: 450.00 + 359.60 + 15.00 = 824.60; a bill of last year and a draft do not count.
 */
async function seedQuarter(page: Page): Promise<void> {
  // The chart of accounts is set up on the first visit to Bookkeeping.
  await page.evaluate(() => (location.hash = '#/bookkeeping'));
  await expect.poll(async () => (await accountIdsByTemplate(page)).otherExpenses).toBeTruthy();
  const accounts = await accountIdsByTemplate(page);
  const paper = supplierRecord('sup-paper', 'Paper & Co');
  const toner = supplierRecord('sup-toner', 'Toner World');
  await seedPurchasing(page, {
    itemCategories: [
      { id: 'cat-paper', name: 'Paper', createdAt: 'x', updatedAt: 'x' },
      { id: 'cat-ink', name: 'Toner & ink', createdAt: 'x', updatedAt: 'x' },
    ],
    items: [itemRecord('item-paper', 'PAP-A4', 'A4 paper', 'cat-paper'), itemRecord('item-toner', 'TON-85', 'Toner 85A', 'cat-ink')],
    suppliers: [paper, toner],
    purchaseOrders: [
      orderRecord('po-1', 'PO-2026-0001', paper, 'closed', { department: 'Sales', lines: [orderLineRecord('po-1-a', 'item-paper', 100, 450, 100)] }),
      orderRecord('po-2', 'PO-2026-0002', toner, 'closed', { department: 'Warehouse', lines: [orderLineRecord('po-2-a', 'item-toner', 4, 8_990, 4)] }),
      orderRecord('po-3', 'PO-2026-0003', toner, 'ordered', { orderDate: '2026-03-01', expectedDate: '2026-03-10', lines: [orderLineRecord('po-3-a', 'item-toner', 2, 8_990, 0)] }),
      orderRecord('po-4', 'PO-2026-0004', paper, 'ordered', { orderDate: '2026-03-12', expectedDate: '2026-03-20', lines: [orderLineRecord('po-4-a', 'item-paper', 50, 450, 0)] }),
    ],
    purchaseBills: [
      billRecord('INV-P-1', paper, '2026-01-20', [{ id: 'l1', orderId: 'po-1', orderLineId: 'po-1-a', description: 'A4 paper', quantity: 100, price: 450, priceUnit: 1, vatCodeId: null, accountId: null }]),
      billRecord('INV-T-7', toner, '2026-02-11', [
        { id: 'l2', orderId: 'po-2', orderLineId: 'po-2-a', description: 'Toner 85A', quantity: 4, price: 8_990, priceUnit: 1, vatCodeId: null, accountId: null },
        { id: 'l3', orderId: null, orderLineId: null, description: 'Freight', quantity: 1, price: 1_500, priceUnit: 1, vatCodeId: null, accountId: accounts.otherExpenses! },
      ]),
      billRecord('INV-P-0', paper, '2025-12-15', [{ id: 'l4', orderId: 'po-1', orderLineId: 'po-1-a', description: 'Old', quantity: 1, price: 99_999, priceUnit: 1, vatCodeId: null, accountId: null }]),
      billRecord('INV-DRAFT', paper, '2026-03-01', [{ id: 'l5', orderId: 'po-1', orderLineId: 'po-1-a', description: 'Draft', quantity: 1, price: 77_777, priceUnit: 1, vatCodeId: null, accountId: null }], 'draft'),
    ],
  });
}

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await completeSetup(page, { name: company, currency: 'EUR' });
});

test('spending shows a chart and a table by category and by supplier, and the overdue delivery', async ({ page }) => {
  await seedQuarter(page);
  const spending = new SpendingPage(page);
  await spending.open();
  await expect(page.getByTestId('report-period')).toHaveText('January 1st, 2026 – December 31st, 2026');
  await expect(spending.chart().locator('svg')).toBeVisible();
  // Patterns, not colours only: the bars carry SVG patterns.
  await expect(spending.chart().locator('svg pattern').first()).toBeAttached();
  await expect.poll(() => spending.rows()).toEqual([
    ['Paper', '450.00', '54.6'],
    ['Toner & ink', '359.60', '43.6'],
    ['5900 Other expenses', '15.00', '1.8'],
    ['Total', '824.60', '100.0'],
  ]);
  // The figures the chart draws, as a table for screen readers.
  await expect(spending.chart().getByTestId('chart-figures').getByRole('row', { name: /Jan 2026/ })).toContainText('450.00');

  await spending.groupBy('supplier');
  await expect.poll(() => spending.rows()).toEqual([
    ['Paper & Co', '450.00', '54.6'],
    ['Toner World', '374.60', '45.4'],
    ['Total', '824.60', '100.0'],
  ]);
  await spending.groupBy('department');
  await expect.poll(async () => (await spending.rows()).map((row) => row.slice(0, 2))).toEqual([
    ['Sales', '450.00'],
    ['Warehouse', '374.60'],
    ['Total', '824.60'],
  ]);

  await expect(spending.delivery('PO-2026-0003')).toContainText('Overdue by 5 days');
  await expect(spending.delivery('PO-2026-0003')).toContainText('179.80');
  await expect(spending.delivery('PO-2026-0004')).toContainText('Not due yet');
  await spending.delivery('PO-2026-0003').getByRole('link', { name: 'PO-2026-0003' }).click();
  await expect(page).toHaveURL(/#\/purchasing\/orders\/po-3$/);
});

test('spending prints to PDF with its chart and exports to CSV that reads back', async ({ page, app }, testInfo) => {
  await seedQuarter(page);
  const spending = new SpendingPage(page);
  await spending.open();
  await spending.groupBy('supplier');
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('Spending by supplier.pdf');
  const pdf = join(app.exportsFolder, 'Spending by supplier.pdf');
  const text = (await pdfText(pdf)).join('\n');
  expect(text).toContain(company);
  expect(text).toContain('January 1st, 2026 – December 31st, 2026');
  expect(text).toMatch(/Toner World\s+374\.60\s+45\.4/);
  expect(text).toMatch(/Total\s+824\.60/);
  expect(text).toMatch(/PO-2026-0003\s+Toner World.*Overdue by 5 days/);
  // The chart's own words: its legend and the month under each bar with its total.
  expect(text).toContain('Jan 2026');
  expect(text).toContain('Feb 2026');
  expect(text).toMatch(/Paper & Co[\s\S]*Toner World[\s\S]*Jan 2026/);

  // The chart is drawn on the page: a stretch of dark pixels above the table.
  const png = testInfo.outputPath('spending-pdf');
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-gray', pdf, png]);
  const image = await readFile(`${png}-1.png`);
  expect(image.byteLength).toBeGreaterThan(5_000);
  const { stdout } = await run('pdfimages', ['-list', pdf]).catch(() => ({ stdout: '' }));
  // Vector, not a pasted picture: no raster images in the PDF.
  expect(stdout.split('\n').filter((line) => /^\s*\d+\s+\d+\s+image/.test(line))).toHaveLength(0);

  app.dialogs.answerNextSave(join(app.exportsFolder, 'spending.csv'));
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as spending.csv' })).toBeVisible();
  const csv = Papa.parse<string[]>((await readFile(join(app.exportsFolder, 'spending.csv'), 'utf8')).trim()).data;
  expect(csv).toEqual([
    ['Supplier', 'Jan 2026', 'Feb 2026', 'Total'],
    ['Paper & Co', '450.00', '0.00', '450.00'],
    ['Toner World', '0.00', '374.60', '374.60'],
    ['Total', '450.00', '374.60', '824.60'],
  ]);
});

test('with nothing posted the page says so, and lists no deliveries', async ({ page }) => {
  const spending = new SpendingPage(page);
  await spending.open();
  await expect(page.getByTestId('report-empty')).toHaveText('No posted supplier bills in this period. Spending appears here once bills are posted.');
  await expect(page.getByTestId('deliveries-empty')).toBeVisible();
  await expect(spending.chart()).toHaveCount(0);
});

for (const language of ['en', 'ru', 'hu'] as const) {
  test(`the spending page and its PDF in ${language} (screenshots)`, async ({ page, app }, testInfo) => {
    await seedQuarter(page);
    if (language !== 'en') {
      await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Interface language').selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    }
    const spending = new SpendingPage(page);
    await spending.open();
    await expect(spending.chart().locator('svg')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`spending-${language}.png`) });
    // And as a black-and-white printer or a colour-blind reader would see it.
    await page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'));
    await page.screenshot({ path: testInfo.outputPath(`spending-${language}-grey.png`) });
    await page.evaluate(() => (document.documentElement.style.filter = ''));
    const pdf = join(app.exportsFolder, `spending-${language}.pdf`);
    app.dialogs.answerNextSave(pdf);
    await page.locator('.print-actions button').nth(1).click();
    await expect(page.getByRole('status').filter({ hasText: `spending-${language}.pdf` })).toBeVisible();
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, testInfo.outputPath(`spending-pdf-${language}`)]);
    await run('pdftoppm', ['-png', '-gray', '-r', '80', '-f', '1', '-l', '1', pdf, testInfo.outputPath(`spending-pdf-${language}-grey`)]);
  });
}
