import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { localeOf } from '../../shared/i18n/languages';
import { generateJournal } from '../../shared/journal/generator';
import { parseJournal } from '../../shared/journal/parse';
import { formatMoney } from '../../shared/money';
import { expect, test } from './fixtures';
import { BankPage } from './pages/bank-page';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { completeSetup } from './pages/setup-page';

const erste = 'assets:bank:Erste EUR';

/** A HUF company's three years in four currencies, imported through Journal file. Returns the journal's text. */
async function importYears(page: Page, app: { dataFolder: string; dialogs: { answerNextOpen(path: string): void } }): Promise<string> {
  const text = generateJournal({ transactions: 600, seed: 5, years: 3, startYear: 2023 });
  const path = join(app.dataFolder, 'years.journal');
  await writeFile(path, text);
  const bank = new BankPage(page, app as never);
  // Four currencies in a forint book: the import asks before writing them.
  await bank.importJournal(path, { otherCurrencies: true });
  await expect(page.getByTestId('journal-import-done')).toContainText('Entries posted', { timeout: 60_000 });
  return text;
}

/** The account's balance per currency from the journal itself (assets read debit-positive). */
function balanceInJournal(text: string, account: string, currency: string): number {
  let sum = 0;
  for (const transaction of parseJournal(text).transactions)
    for (const posting of transaction.postings) if (posting.account === account && posting.currency === currency) sum += posting.amount;
  return sum;
}

async function setLanguage(page: Page, language: 'en' | 'ru' | 'hu') {
  await page.getByRole('navigation').getByRole('link', { name: /Settings|Настройки|Beállítások/ }).click();
  await page.locator('select').filter({ has: page.locator('option[value="hu"]') }).first().selectOption(language);
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
});

test('a HUF book with years of data: EUR balances, subtotals, search, folding and the row menu by keyboard', async ({ page, app }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await completeSetup(page, { name: 'Tükörfúrógép Kft.', currency: 'HUF' });
  const text = await importYears(page, app);
  const books = new BookkeepingPage(page);
  await books.tab('Accounts');

  // The euro account shows its euros, though the book is kept in forints.
  const euros = balanceInJournal(text, erste, 'EUR');
  expect(euros).not.toBe(0);
  const ersteBalance = books.accountBalance('Erste EUR');
  await expect(ersteBalance.locator('[data-currency="EUR"]')).toHaveText(formatMoney({ minor: euros, currency: 'EUR' }, localeOf.en));
  // The journal's bank accounts went under the chart's bank account, which adds them up, one line per currency.
  const bankRow = page.locator('tr[data-account-path="Assets:Bank account"]');
  await expect(bankRow.locator('.balance-line').first()).toHaveAttribute('data-currency', 'HUF');
  await expect(bankRow.locator('.is-subtotal [data-currency="EUR"]')).toHaveText(formatMoney({ minor: euros, currency: 'EUR' }, localeOf.en));
  await page.screenshot({ path: testInfo.outputPath('en-accounts-1366.png'), fullPage: false });

  // Search by name or code shows the matches under their parents.
  await page.getByLabel('Find account').fill('erste');
  await expect(page.locator('table.accounts-table tbody tr')).toHaveCount(3);
  await expect(books.accountRow('Erste EUR')).toHaveCount(1);
  await page.getByLabel('Find account').fill('no such account');
  await expect(page.getByText('No account matches this search.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();

  // Folding: one parent, all, and the choice holds while moving around the app.
  await page.getByRole('button', { name: 'Hide the sub-accounts of Bank account' }).click();
  await expect(books.accountRow('Erste EUR')).toHaveCount(0);
  await books.tab('Entries');
  await books.tab('Accounts');
  await expect(books.accountRow('Erste EUR')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the sub-accounts of Bank account' }).click();
  await expect(books.accountRow('Erste EUR')).toHaveCount(1);
  await page.getByRole('button', { name: 'Collapse all' }).click();
  const topLevel = await page.locator('table.accounts-table tbody tr').count();
  expect(topLevel).toBeLessThanOrEqual(6);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(books.accountRow('Erste EUR')).toHaveCount(1);

  // One menu per row, worked by the keyboard alone.
  const menuButton = page.getByRole('button', { name: 'Actions for Erste EUR', exact: true });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Actions for Erste EUR' });
  await expect(menu.getByRole('menuitem', { name: 'Open register' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Change' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('Space');
  await expect(menu.getByRole('menuitem', { name: 'Open register' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('en-accounts-menu-1366.png') });
  await page.keyboard.press('Enter');

  // The register of the account: payee and other-account columns are readable whole.
  await expect(page.getByRole('heading', { name: /Erste EUR/ }).first()).toBeVisible();
  const registerRows = page.getByTestId('register-rows').locator('.vtable-data');
  await expect(registerRows.first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('en-register-1366.png') });
  const cut = await page.getByTestId('register-rows').evaluate((table) =>
    [...table.querySelectorAll('.vtable-data')].flatMap((row) => {
      const [, , description, other] = [...row.querySelectorAll<HTMLElement>('[role="cell"]')];
      const parts = [description!, other!].flatMap((cell) => [...cell.querySelectorAll<HTMLElement>('.two-lines > *')]);
      return parts.filter((part) => part.scrollWidth > part.clientWidth).map((part) => part.textContent);
    }),
  );
  expect(cut).toEqual([]);

  // The entry list fills the window and names each entry's kind.
  await books.tab('Entries');
  const list = page.getByTestId('entry-list');
  await expect(list.locator('.vtable-data').first()).toContainText('Journal import');
  const body = await list.locator('.vtable-body').boundingBox();
  expect(body!.y + body!.height).toBeGreaterThan(768 - 110);
  expect(body!.y + body!.height).toBeLessThanOrEqual(768);
  expect(body!.height).toBeGreaterThan(768 * 0.45);
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('en-entries-1366.png') });

  // The account filter takes the account's own entries.
  await books.pickAccount(page.getByLabel('Account', { exact: true }), 'Erste EUR');
  await expect(page.getByTestId('entry-count')).toHaveText(/Entries shown: \d+/);
  const shown = Number(/\d+/.exec((await page.getByTestId('entry-count').textContent()) ?? '')![0]);
  const inJournal = parseJournal(text).transactions.filter((transaction) => transaction.postings.some((posting) => posting.account === erste)).length;
  expect(shown).toBe(inJournal);
  await page.getByRole('button', { name: 'Reset filters' }).click();

  // The three screens in each language and both common window sizes, to be looked at.
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    for (const language of ['ru', 'hu', 'en'] as const) {
      await setLanguage(page, language);
      await page.locator('a[href="#/bookkeeping"]').first().click();
      await page.locator('a[href$="bookkeeping/entries"]').first().click();
      await expect(page.getByTestId('entry-list')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`${language}-entries-${size.width}.png`) });
      await page.locator('a[href$="bookkeeping/accounts"]').first().click();
      await page.locator('tr[data-account-path="Assets:Bank account:Erste EUR"] .row-menu-button').click();
      await page.getByRole('menuitem').first().click();
      await expect(page.getByTestId('register-rows')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`${language}-register-${size.width}.png`) });
      await page.locator('a[href$="bookkeeping/accounts"]').first().click();
      await page.screenshot({ path: testInfo.outputPath(`${language}-accounts-${size.width}.png`) });
    }
  }
});

test('the entry list names kinds, describes entries without payee or memo, and filters by kind and amount', async ({ page, app }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
  const books = new BookkeepingPage(page);
  await books.open('New entry');
  await books.postEntry({ lines: [{ account: '5300', debit: '75.20' }, { account: '1010', credit: '75.20' }] });
  await books.tab('New entry');
  await page.getByRole('link', { name: 'Transfer' }).click();
  await page.locator('form.quick-form').getByLabel('Amount (EUR)').fill('50');
  await page.locator('form.quick-form').getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Entry 2026-0002 Posted' })).toBeVisible();
  await books.postEntry({ payee: 'Paper & Co', memo: 'Toner', lines: [{ account: '5300', debit: '120' }, { account: '1010', credit: '120' }] });
  await books.tab('Entries');
  await books.entryRow('2026-0001').click();
  await page.getByRole('button', { name: 'Reverse…' }).click();
  await books.dialog().getByRole('button', { name: 'Reverse entry' }).click();
  await expect(page.getByRole('heading', { name: 'Entry 2026-0004 Posted' })).toBeVisible();

  await books.tab('Entries');
  const cells = async (number: string) => books.entryRows().filter({ has: page.getByRole('cell', { name: number, exact: true }) }).getByRole('cell').allTextContents();
  expect((await cells('2026-0004')).slice(2, 4)).toEqual(['Reversal', 'Reversal of 2026-0001']);
  expect((await cells('2026-0002')).slice(2, 4)).toEqual(['Transfer', expect.stringMatching(/^Transfer 1010 → \d+$/)]);
  expect((await cells('2026-0001')).slice(2, 4)).toEqual(['Manual', '1010 → 5300']);
  expect((await cells('2026-0003')).slice(2, 5)).toEqual(['Manual', 'Paper & Co', 'Toner']);

  // Kind, by keyboard.
  const kind = page.getByLabel('Kind', { exact: true });
  await kind.focus();
  await kind.selectOption({ label: 'Transfer' });
  await expect(books.entryRows()).toHaveCount(1);
  await expect(books.entryRows()).toContainText('2026-0002');
  await kind.selectOption({ label: 'All kinds' });

  // Amount: exact, then a range, typed as the user writes amounts.
  const amount = page.getByLabel('Amount', { exact: true });
  await amount.fill('75.20');
  await expect(books.entryRows()).toHaveCount(2);
  await amount.fill('50 - 100');
  await expect(books.entryRows()).toHaveCount(3);
  await amount.fill('1,000-');
  await expect(page.getByTestId('entries-none-match')).toContainText('No entries match');
  await page.screenshot({ path: testInfo.outputPath('en-entries-none-match.png') });
  await amount.fill('abc');
  await expect(page.getByRole('alert')).toHaveText('Type an amount (100) or a range (100–250).');
  await page.getByRole('button', { name: 'Reset filters' }).first().click();
  await expect(books.entryRows()).toHaveCount(4);
  await expect(amount).toHaveValue('');
  await page.screenshot({ path: testInfo.outputPath('en-entries-kinds.png') });
});
