import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateJournal } from '../../shared/journal/generator';
import { expect, test, type Page } from './fixtures';
import { BankPage } from './pages/bank-page';
import { billsAndVat, postEntries } from './pages/reports-book';
import { completeSetup } from './pages/setup-page';

/**
 * Every screen in English, Russian and Hungarian at the two common window sizes, over a
 * book with three years of entries: the screenshots are for looking at, and no screen may
 * scroll sideways.
 */
const screens: Array<[string, string]> = [
  ['home', '#/home'],
  ['entries', '#/bookkeeping/entries'],
  ['new-entry', '#/bookkeeping/new'],
  ['quick-expense', '#/bookkeeping/new/expense'],
  ['quick-bill', '#/bookkeeping/new/bill'],
  ['quick-bill-payment', '#/bookkeeping/new/billPayment'],
  ['quick-income', '#/bookkeeping/new/income'],
  ['quick-transfer', '#/bookkeeping/new/transfer'],
  ['accounts', '#/bookkeeping/accounts'],
  ['vat-codes', '#/bookkeeping/vat'],
  ['periods', '#/bookkeeping/periods'],
  ['reports', '#/bookkeeping/reports'],
  ['trial-balance', '#/bookkeeping/reports/trial-balance'],
  ['income-statement', '#/bookkeeping/reports/income-statement'],
  ['balance-sheet', '#/bookkeeping/reports/balance-sheet'],
  ['journal', '#/bookkeeping/reports/journal/preset=thisMonth'],
  ['aged-payables', '#/bookkeeping/reports/aged-payables'],
  ['vat-summary', '#/bookkeeping/reports/vat-summary'],
  ['bank', '#/bookkeeping/bank'],
  ['reconcile', '#/bookkeeping/reconcile'],
  ['journal-file', '#/bookkeeping/journal-file'],
  ['inventory-stock', '#/inventory/stock'],
  ['inventory-items', '#/inventory/items'],
  ['inventory-locations', '#/inventory/locations'],
  ['inventory-stocktakes', '#/inventory/stocktakes'],
  ['inventory-equipment', '#/inventory/equipment'],
  ['backup', '#/backup'],
  ['settings', '#/settings'],
];

async function useLanguage(page: Page, language: string): Promise<void> {
  await page.goto('#/settings');
  await page.locator('select:has(option[value="hu"])').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('every screen in three languages at 1366×768 and 1920×1080', async ({ page, app }, testInfo) => {
  test.setTimeout(600_000);
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await page.screenshot({ path: testInfo.outputPath('en-1366-setup.png'), fullPage: true });
  await completeSetup(page, { name: 'Harbour Supplies Ltd', address: '12 Quay Street\nBristol BS1 4DJ', taxNumber: 'GB123456789', currency: 'EUR' });
  await postEntries(page, billsAndVat);
  const journal = join(app.dataFolder, 'three-years.journal');
  await writeFile(journal, generateJournal({ transactions: 3_000, seed: 7, years: 3, startYear: 2023 }));
  const bank = new BankPage(page, app);
  // The generated years hold entries in other currencies too: the import asks first.
  await bank.importJournal(journal, { otherCurrencies: true });
  await expect(page.getByTestId('journal-import-done')).toBeVisible({ timeout: 120_000 });

  const sideways: string[] = [];
  for (const language of ['en', 'ru', 'hu']) {
    await useLanguage(page, language);
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [name, hash] of screens) {
        await page.goto(hash);
        await expect(page.locator('h1').first()).toBeVisible();
        await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' }).catch(() => undefined);
        await page.screenshot({ path: testInfo.outputPath(`${language}-${width}-${name}.png`) });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
        if (wide) sideways.push(`${language} ${width} ${name}`);
      }
    }
  }
  expect(sideways).toEqual([]);
});
