import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { bankFixture, journalFixture } from './pages/bank-page';
import { completeSetup } from './pages/setup-page';

// The bank import, rules, reconciliation and journal file screens in each language, as
// screenshots in the test's output folder (look at them after a change). Driven by structure,
// not by words, so the same steps run in every language; the headings are checked in each.
const words = {
  en: { tabs: ['Bank import', 'Reconcile', 'Journal file'], amount: '74700.00' },
  ru: { tabs: ['Выписки', 'Сверка', 'Файл журнала'], amount: '74700,00' },
  hu: { tabs: ['Bankimport', 'Egyeztetés', 'Naplófájl'], amount: '74700,00' },
} as const;

async function pickAccount(page: Page, combobox: Locator, code: string): Promise<void> {
  await combobox.click();
  await combobox.fill(code);
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await combobox.press('Enter');
}

for (const language of ['en', 'ru', 'hu'] as const) {
  test(`bank, reconciliation and journal screens in ${language}`, async ({ page, app }, testInfo) => {
    test.setTimeout(180_000); // up to 46 s alone on a busy 2-core machine
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.clock.setFixedTime(new Date('2026-03-31T10:00:00'));
    await app.open();
    await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'RUB' });
    await page.goto('#/settings');
    await page.locator('select:has(option[value="hu"])').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${language}-${name}.png`), fullPage: true });

    // Bank import: file, text, columns, review, posted.
    await page.goto('#/bookkeeping/bank');
    for (const tab of words[language].tabs) await expect(page.locator('.subnav').getByRole('link', { name: tab, exact: true })).toBeVisible();
    await shot('bank-01-start');
    app.dialogs.answerNextOpen(bankFixture('sberbank-windows-1251.csv'));
    await page.locator('.bank-start .button-primary').click();
    await expect(page.getByTestId('statement-preview')).toContainText('ООО «Поставщик»');
    await shot('bank-02-text');
    await page.locator('.bank-text .button-primary').click();
    await expect(page.locator('.mapping-preview')).toContainText('Арендная плата');
    await shot('bank-03-columns');
    await page.locator('.bank-mapping .button-primary').click();
    const rows = page.locator('.review-table tbody tr');
    await expect(rows).toHaveCount(7);
    await rows.nth(0).locator('.col-actions button').click();
    await expect(page.locator('dialog.rule-dialog')).toBeVisible();
    await shot('bank-04-rule-dialog');
    await pickAccount(page, page.locator('dialog.rule-dialog .combobox input'), '2010');
    await page.locator('dialog.rule-dialog .button-primary').click();
    await expect(page.locator('dialog.rule-dialog')).toBeHidden();
    await expect(rows.nth(0).locator('.review-rule')).toBeVisible();
    for (const [index, code] of ['2010', '4020', '5500', '5500', '5100', '1100', '5500'].entries()) await pickAccount(page, rows.nth(index).locator('.col-account input'), code);
    await shot('bank-05-review');
    await page.locator('.bank-review .button-primary').click();
    await expect(page.getByTestId('import-summary')).toContainText('2026-0007');
    await shot('bank-06-posted');

    // Another bank's file with these columns: errors by row and column.
    await page.locator('.bank-done .button').nth(1).click();
    app.dialogs.answerNextOpen(bankFixture('otp-eur-windows-1250.csv'));
    await page.locator('.bank-start .button-primary').click();
    await page.locator('.bank-text .button-primary').click();
    await page.locator('.bank-mapping .button-primary').click();
    await expect(page.locator('.row-errors li').first()).toBeVisible();
    await shot('bank-07-wrong-bank');

    // Rules.
    await page.goto('#/bookkeeping/bank/rules');
    await expect(page.locator('.bank-rules')).toBeVisible();
    await shot('bank-08-rules');

    // Reconciliation.
    await page.goto('#/bookkeeping/reconcile');
    await page.locator('.reconcile-start input').first().fill('2026-03-05');
    await page.locator('.reconcile-start input').nth(1).fill(words[language].amount);
    await page.locator('.reconcile-start .button-primary').click();
    const boxes = page.getByTestId('reconcile-postings').locator('input[type="checkbox"]');
    for (const index of [0, 1, 2, 3]) await boxes.nth(index).check();
    await expect(page.getByTestId('difference')).toHaveClass(/is-zero/);
    await shot('reconcile-01-zero');
    await page.locator('.reconcile-work .button-primary').click();
    await expect(page.getByTestId('finished-reconciliations')).toBeVisible();
    await shot('reconcile-02-finished');

    // Journal file: refused, then read and imported.
    await page.goto('#/bookkeeping/journal-file');
    app.dialogs.answerNextOpen(journalFixture('bad-assertion.journal'));
    await page.locator('.journal-import .button-primary').click();
    await expect(page.getByTestId('journal-errors')).toContainText('assets:bank');
    await shot('journal-01-refused');
    app.dialogs.answerNextOpen(journalFixture('multilingual.journal'));
    await page.locator('.journal-import .button-primary').click();
    await expect(page.getByTestId('journal-summary')).toBeVisible();
    await expect(page.getByTestId('journal-currency-warning')).toContainText('HUF');
    await expect(page.getByTestId('journal-mapping')).toBeVisible();
    await shot('journal-02-summary');
    // Forints in a rouble company: asked before anything is written.
    await page.locator('.journal-import > .button-row .button-primary').click();
    await expect(page.getByRole('dialog')).toContainText('HUF');
    await shot('journal-02b-currency-confirm');
    await page.getByRole('dialog').locator('.button-primary').click();
    await expect(page.getByTestId('journal-import-done')).toBeVisible();
    await shot('journal-03-done');
  });
}
