import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { pdfText } from './pages/pdf';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';

/** The first-run form filled in English, then the country and the interface language chosen. */
async function setUpIn(page: Page, country: string, language: string, expectedCurrency: string): Promise<void> {
  await page.getByLabel('Company name').fill(`Test ${country}`);
  await page.getByLabel('Country').selectOption(country);
  // The country proposes its currency.
  await expect(page.getByLabel('Base currency')).toHaveValue(expectedCurrency);
  await page.getByLabel('Language').selectOption(language);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole('heading', { name: `Test ${country}` })).toBeVisible();
}

/** An account's row on the Accounts screen, by code: its code cell and name. */
const accountRow = (page: Page, code: string) => page.locator('table.accounts-table tbody tr').filter({ has: page.locator('td', { hasText: new RegExp(`^${code.replace('.', '\\.')}$`) }) });
const vatRow = (page: Page, code: string) => page.locator('table.vat-table tbody tr').filter({ hasText: code });

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-12-03T10:00:00'));
  await app.open();
});

test('setup in Hungary gives the Hungarian chart and VAT codes, in Hungarian', async ({ page }) => {
  await setUpIn(page, 'HU', 'hu', 'HUF');
  await page.goto('#/bookkeeping/accounts');
  await expect(accountRow(page, '384')).toContainText('Elszámolási betétszámla');
  await expect(accountRow(page, '454')).toContainText('Szállítók');
  await expect(accountRow(page, '466')).toContainText('Előzetesen felszámított általános forgalmi adó');
  await expect(accountRow(page, '467')).toContainText('Fizetendő általános forgalmi adó');
  await expect(accountRow(page, '522')).toContainText('Bérleti díjak');
  await expect(accountRow(page, '91')).toContainText('Belföldi értékesítés árbevétele');

  await page.goto('#/bookkeeping/vat');
  for (const [code, name] of [
    ['O27', 'Fizetendő ÁFA 27%'],
    ['I5', 'Előzetesen felszámított ÁFA 5%'],
    ['AAM', 'Tárgyi adómentes'],
    ['FADF', 'Fordított adózás, fizetendő ÁFA 27%'],
    ['EUK', 'Közösségen belüli termékértékesítés (adómentes)'],
  ]) {
    await expect(vatRow(page, code!)).toContainText(name!);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath('hu-vat-codes.png'), fullPage: true });
});

test('setup in Russia gives the Russian chart and VAT codes, in Russian', async ({ page }) => {
  await setUpIn(page, 'RU', 'ru', 'RUB');
  await page.goto('#/bookkeeping/accounts');
  await expect(accountRow(page, '51')).toContainText('Расчётные счета');
  await expect(accountRow(page, '60')).toContainText('Расчёты с поставщиками и подрядчиками');
  await expect(accountRow(page, '19')).toContainText('НДС по приобретённым ценностям');
  await expect(accountRow(page, '68.02')).toContainText('Налог на добавленную стоимость');
  await expect(accountRow(page, '90.01')).toContainText('Выручка');
  await expect(accountRow(page, '99')).toContainText('Прибыли и убытки');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath('ru-accounts.png'), fullPage: true });

  await page.goto('#/bookkeeping/vat');
  await expect(vatRow(page, 'O22')).toContainText('НДС с реализации 22%');
  await expect(vatRow(page, 'I10')).toContainText('НДС к вычету 10%');
  await expect(vatRow(page, 'БезНДС')).toContainText('Без НДС');
});

test('an English company in Ireland sees 03/12/2026 as 3 December: in the entry list, the date field, a printed report and a CSV export', async ({ page, app }) => {
  await completeSetup(page, { name: 'Liffey Traders Ltd', country: 'IE', currency: 'EUR' });
  const books = new BookkeepingPage(page);
  await books.open('Entries');
  await books.postEntry({
    date: '03/12/2026',
    payee: 'Dublin Office Supplies',
    lines: [
      { account: '1010', debit: '1234.50' },
      { account: '4010', credit: '1234.50' },
    ],
  });
  // The posted entry names the day in words, day first.
  await expect(page.getByText('3 December 2026')).toBeVisible();
  await books.tab('Entries');
  await expect(books.entryRow('Dublin Office Supplies')).toContainText('03/12/2026');
  await expect(books.entryRow('Dublin Office Supplies')).toContainText('1,234.50');
  // A new entry's date field starts at today in the Irish form, with a matching hint.
  await books.tab('New entry');
  await expect(page.locator('form.entry-editor').getByLabel('Date', { exact: true })).toHaveValue('03/12/2026');

  const reports = new ReportsPage(page);
  await reports.open('Journal');
  await reports.choosePeriod('This month');
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('.pdf');
  const [text] = await pdfText(join(app.exportsFolder, 'Journal.pdf'));
  expect(text).toContain('1 December 2026 – 31 December 2026');
  expect(text).toMatch(/03\/12\/2026\s+2026-0001/);
  // Printed at, with the 24-hour clock.
  expect(text).toMatch(/3 Dec 2026, 10:00/);

  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as' })).toContainText('.csv');
  const csv = await readFile(join(app.exportsFolder, 'Journal.csv'), 'utf8');
  expect(csv).toContain('03/12/2026,2026-0001');
  expect(csv).not.toContain('12/03/2026');
});

test('a date that does not exist, or is written the wrong way, says what is wrong', async ({ page }) => {
  await completeSetup(page, { name: 'Liffey Traders Ltd', country: 'IE', currency: 'EUR' });
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  const form = page.locator('form.entry-editor');
  await books.fillEntry({ date: '30/02/2026', lines: [{ account: '1010', debit: '10' }, { account: '4010', credit: '10' }] });
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(form.getByText('February 2026 has 28 days.')).toBeVisible();
  await form.getByLabel('Date', { exact: true }).fill('2026.12.03');
  await expect(form.getByText('Write the date as 03/12/2026 (or 2026-12-03).')).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath('en-date-error.png') });
});
