import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backUpNow, openBackupSection } from './backup.helpers';
import type { Locator } from '@playwright/test';
import { expect, test, type Page } from './fixtures';
import { BankPage } from './pages/bank-page';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { pdfText } from './pages/pdf';
import { firstQuarter, postEntries } from './pages/reports-book';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';

type Language = 'en' | 'ru' | 'hu';

async function useLanguage(page: Page, language: Language): Promise<void> {
  await page.goto('#/settings');
  await page.locator('select:has(option[value="hu"])').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

async function setUp(page: Page, app: { open(): Promise<void> }): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
}

test('the printed trial balance keeps the Currency heading whole in every language', async ({ page, app }) => {
  test.setTimeout(120_000);
  await setUp(page, app);
  // A book in two currencies with amounts in the millions: wide figures leave the Currency column narrow.
  const journal = join(app.dataFolder, 'two-currencies.journal');
  await writeFile(
    journal,
    [
      '2026-01-05 Capital',
      '    Assets:Bank account with a long name  12345678.90 EUR',
      '    Equity:Capital paid in by the owners  -12345678.90 EUR',
      '',
      '2026-01-06 Dollar deposit',
      '    Assets:Dollar account at the bank  9876543.21 USD',
      '    Equity:Capital paid in by the owners  -9876543.21 USD',
      '',
    ].join('\n'),
  );
  const bank = new BankPage(page, app);
  // The dollar lines are in another currency than the book's: the import asks first.
  await bank.importJournal(journal, { otherCurrencies: true });
  await expect(page.getByTestId('journal-import-done')).toBeVisible();

  const headings: Record<Language, string> = { en: 'Currency', ru: 'Валюта', hu: 'Pénznem' };
  for (const language of ['en', 'ru', 'hu'] as const) {
    await useLanguage(page, language);
    await page.goto('#/bookkeeping/reports/trial-balance/preset=thisYear');
    await expect(page.getByTestId('trial-balance-table')).toBeVisible();
    const file = join(app.exportsFolder, `trial-balance-${language}.pdf`);
    app.dialogs.answerNextSave(file);
    await page.locator('.report-actions').getByRole('button').filter({ hasText: /PDF/ }).click();
    await expect.poll(async () => (await pdfText(file).catch(() => [])).length).toBeGreaterThan(0);
    const text = (await pdfText(file)).join('\n');
    expect(text, language).toContain(headings[language]);
  }
});

test('the Reversed badge of the entry list fits its column in every language', async ({ page, app }) => {
  test.setTimeout(120_000);
  await setUp(page, app);
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.postEntry({ date: '03/02/2026', payee: 'Paper & Co', lines: [{ account: '5300', debit: '75.20' }, { account: '1010', credit: '75.20' }] });
  await page.getByRole('button', { name: 'Reverse…' }).click();
  await books.dialog().getByRole('button', { name: 'Reverse entry' }).click();
  await expect(page.getByRole('heading', { name: 'Entry 2026-0002 Posted' })).toBeVisible();

  for (const language of ['en', 'ru', 'hu'] as const) {
    await useLanguage(page, language);
    await page.goto('#/bookkeeping/entries');
    const badge = page.getByTestId('entry-list').locator('.badge-reversed');
    await expect(badge).toHaveCount(1);
    // The badge's cell clips what does not fit: nothing may overflow it.
    const sizes = await badge.evaluate((element) => {
      const cell = element.parentElement!;
      return { badge: element.getBoundingClientRect().right, cell: cell.getBoundingClientRect().right, scroll: cell.scrollWidth, client: cell.clientWidth };
    });
    expect(sizes.scroll, language).toBeLessThanOrEqual(sizes.client);
    expect(sizes.badge, language).toBeLessThanOrEqual(sizes.cell);
  }
});

test('a notice stays clear of the entry totals, closes on a click and goes after a few seconds', async ({ page, app }) => {
  await page.clock.install({ time: new Date('2026-03-15T10:00:00') });
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  // A bill split over several expense lines: the totals end up at the bottom of the window.
  const lines = ['5100', '5200', '5300', '5100', '5200', '5300'].map((account) => ({ account, debit: '10' }));
  await books.fillEntry({ date: '03/02/2026', payee: 'Paper & Co', lines: [...lines, { account: '1010', credit: '60' }] });
  await page.getByRole('button', { name: 'Save draft' }).click();
  const notice = page.locator('.notice').filter({ hasText: 'saved' });
  await expect(notice).toBeVisible();
  const totals = page.locator('form.entry-editor .entry-totals');
  await expect(totals).toContainText('Balanced');
  // Where the office manager works: the last line, the totals and Post at the bottom of the window.
  await totals.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  const [a, b] = [await notice.boundingBox(), await totals.boundingBox()];
  const overlap = a!.x < b!.x + b!.width && b!.x < a!.x + a!.width && a!.y < b!.y + b!.height && b!.y < a!.y + a!.height;
  expect(overlap, `notice ${JSON.stringify(a)} totals ${JSON.stringify(b)}`).toBe(false);
  await page.clock.runFor(4_500);
  await expect(notice).toHaveCount(0);

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(notice).toBeVisible();
  await notice.locator('span').first().click();
  await expect(notice).toHaveCount(0);
});

test('the date hint under a field never breaks inside a date', async ({ page, app }) => {
  await setUp(page, app);
  for (const language of ['en', 'ru', 'hu'] as const) {
    await useLanguage(page, language);
    await page.goto('#/bookkeeping/new');
    const hint = page.locator('form.entry-editor .field-hint').first();
    await expect(hint).toContainText('2026');
    // Whatever width the field gets, each date stays on one line.
    const broken = await hint.evaluate((element) => {
      const text = element.firstChild as Text;
      const dates = [...text.data.matchAll(/\d[\d.\-/\u2011\u00a0 ]*\d\.?/g)];
      const found: string[] = [];
      for (let width = 40; width <= 420; width += 5) {
        (element as HTMLElement).style.width = `${width}px`;
        for (const match of dates) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (tops.size > 1) found.push(`${match[0]} at ${width}px`);
        }
      }
      return found;
    });
    expect(broken, language).toEqual([]);
  }
});

test('Balanced shows only for an entry with amounts that balance', async ({ page, app }) => {
  await setUp(page, app);
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  const difference = page.locator('form.entry-editor .entry-totals');
  await expect(difference).toBeVisible();
  await expect(difference).not.toContainText('Balanced');

  await books.lineField(1, 'Debit').fill('abc');
  await books.lineField(2, 'Credit').fill('xyz');
  await books.lineField(2, 'Credit').blur();
  await expect(difference).not.toContainText('Balanced');
  await expect(difference).toContainText('Some amounts cannot be read yet');

  await books.lineField(1, 'Debit').fill('12.50');
  await books.lineField(2, 'Credit').fill('12.50');
  await expect(difference).toContainText('Balanced');
});

test('report links and the reversal link look like the app’s links, not the browser’s', async ({ page, app }) => {
  await setUp(page, app);
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.postEntry({ date: '03/02/2026', payee: 'Paper & Co', lines: [{ account: '5300', debit: '75.20' }, { account: '1010', credit: '75.20' }] });
  await page.getByRole('button', { name: 'Reverse…' }).click();
  await books.dialog().getByRole('button', { name: 'Reverse entry' }).click();
  const reversal = page.getByRole('link', { name: 'Reverses entry 2026-0001' });
  const reports = new ReportsPage(page);
  const style = (link: Locator) =>
    link.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { color: computed.color, underline: computed.textDecorationLine };
    });
  const browserDefault = 'rgb(0, 0, 238)';
  const theirs = await style(reversal);
  expect(theirs.color).not.toBe(browserDefault);
  expect(theirs.underline).toBe('none');

  await reports.open('Trial balance');
  const figure = page.getByTestId('trial-balance-table').getByRole('link').first();
  await expect(figure).toBeVisible();
  const report = await style(figure);
  expect(report.color).not.toBe(browserDefault);
  expect(report.underline).toBe('none');
});

test('the restore preview shows entries with their first and last date, and documents, not internal tables', async ({ page, app }) => {
  test.setTimeout(120_000);
  await setUp(page, app);
  await postEntries(page, firstQuarter);
  await openBackupSection(page);
  await backUpNow(page);
  await page.getByRole('row').filter({ hasText: 'Harbour Supplies Ltd' }).getByRole('button', { name: /Restore the backup of/ }).click();
  await expect(page.getByTestId('backup-verified')).toBeVisible();
  const check = page.getByRole('region', { name: 'Restore' });
  await expect(page.getByTestId('backup-entries')).toHaveText(`${firstQuarter.length}, dated 12/15/2025 to 03/02/2026`);
  await expect(page.getByTestId('backup-documents')).toHaveText('0');
  await expect(check).not.toContainText('Monthly balances');
  await expect(check).not.toContainText('monthly blocks');
  await page.getByRole('button', { name: 'Cancel' }).click();
});
