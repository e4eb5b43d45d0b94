import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { completeSetup } from './pages/setup-page';

// Every bookkeeping screen in each language, as screenshots in the test's output folder
// (look at them after a layout change), with the headings checked in that language.
const headings = {
  en: { section: 'Bookkeeping', tabs: ['Entries', 'New entry', 'Accounts', 'VAT codes', 'Periods', 'Reports'] },
  ru: { section: 'Бухгалтерия', tabs: ['Проводки', 'Новая проводка', 'Счета', 'Ставки НДС', 'Периоды', 'Отчёты'] },
  hu: { section: 'Könyvelés', tabs: ['Tételek', 'Új tétel', 'Számlatükör', 'ÁFA-kódok', 'Időszakok', 'Kimutatások'] },
} as const;

async function useLanguage(page: Page, language: keyof typeof headings): Promise<void> {
  await page.goto('#/settings');
  await page.locator('select:has(option[value="hu"])').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('every bookkeeping screen in English, Russian and Hungarian', async ({ page, app }, testInfo) => {
  test.setTimeout(240_000); // about 50 s alone on a busy 2-core machine
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'HUF' });
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.postEntry({ date: '2025-11-03', payee: 'Office Depot Kft.', memo: 'Toner and paper', lines: [{ account: '5300', debit: '45 000' }, { account: '1010', credit: '45 000' }] });
  await books.postEntry({ date: '2026-02-10', payee: 'Northwind Ltd', memo: 'Consulting, February', lines: [{ account: '1010', debit: '250 000' }, { account: '4020', credit: '250 000' }] });

  for (const language of ['en', 'ru', 'hu'] as const) {
    const shot = async (name: string) => page.screenshot({ path: testInfo.outputPath(`${language}-${name}.png`), fullPage: true });
    await useLanguage(page, language);
    await page.goto('#/bookkeeping/entries');
    await expect(page.getByRole('heading', { level: 1, name: headings[language].section })).toBeVisible();
    for (const tab of headings[language].tabs) await expect(page.locator('.subnav').getByRole('link', { name: tab, exact: true })).toBeVisible();
    await expect(page.getByTestId('entry-list')).toBeVisible();
    await shot('01-entries');

    await page.locator('.vtable-data').first().click();
    await expect(page.getByTestId('entry-lines')).toBeVisible();
    await shot('02-posted-entry');
    await page.locator('.entry-view .form-actions .button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('03-reverse-dialog');
    await page.getByRole('dialog').locator('.button').last().click();

    await page.goto('#/bookkeeping/new');
    await books.pickAccount(page.locator('[data-testid="line-1"] [role="combobox"]'), '5300');
    await page.locator('[data-testid="line-1"] input.input-amount').first().fill('12abc');
    await books.pickAccount(page.locator('[data-testid="line-2"] [role="combobox"]'), '1010');
    await page.locator('[data-testid="line-2"] input.input-amount').nth(1).fill('100');
    await page.locator('.entry-editor .button-primary').click();
    await expect(page.locator('.line-errors').first()).toBeVisible();
    await shot('04-new-entry-errors');

    await page.goto('#/bookkeeping/new/expense');
    await books.pickAccount(page.locator('.quick-form [role="combobox"]').first(), '5300');
    await page.locator('.quick-form input.input-amount').fill('12 700');
    await page.locator('.quick-form select').first().selectOption({ index: 1 });
    await expect(page.getByTestId('quick-preview')).toBeVisible();
    await shot('05-quick-expense');
    for (const kind of ['bill', 'billPayment', 'income', 'transfer']) {
      await page.goto(`#/bookkeeping/new/${kind}`);
      await expect(page.locator('.quick-form')).toBeVisible();
      await shot(`06-quick-${kind}`);
    }

    await page.goto('#/bookkeeping/accounts');
    await page.locator('.toolbar .button-primary').click();
    await expect(page.locator('.account-form')).toBeVisible();
    await shot('07-accounts');

    await page.goto('#/bookkeeping/vat');
    await page.locator('.vat-table .button-small').first().click();
    await shot('08-vat-codes');

    await page.goto('#/bookkeeping/periods');
    await expect(page.getByTestId('closing-preview')).toBeVisible();
    await shot('09-periods');

    await page.goto('#/bookkeeping/reports');
    await shot('10-reports');
  }
});
