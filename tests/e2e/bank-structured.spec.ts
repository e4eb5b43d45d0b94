import { expect, test } from './fixtures';
import { BankPage } from './pages/bank-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-31T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'Harbour Supplies Ltd', currency: 'EUR' });
});

test('a camt.053 statement goes straight to review and posts', async ({ page, app }, testInfo) => {
  const bank = new BankPage(page, app);
  await bank.openTab('Bank import');
  await bank.chooseStatement('camt053.xml');
  // No text or column steps for a structured statement.
  await expect(page.getByRole('list', { name: 'Steps of the import' })).not.toContainText('Columns');
  const rows = page.locator('.review-table tbody tr');
  // Counted once the review shows the statement's lines.
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await expect(page.getByTestId('review-summary')).toContainText(`Lines: ${count}; to post: ${count}; already imported: 0.`);
  await page.screenshot({ path: testInfo.outputPath('en-camt-review.png'), fullPage: true });
  for (let index = 0; index < count; index += 1) await bank.pickAccount(rows.nth(index).locator('.col-account input'), '5900');
  await page.getByRole('button', { name: `Post entries (${count})` }).click();
  await expect(page.getByTestId('import-summary')).toContainText(`Entries posted to Bank account: ${count}`);

  // The bank's own transaction ids recognise the lines next time.
  await page.getByRole('button', { name: 'Import another statement' }).click();
  await bank.chooseStatement('camt053.xml');
  await expect(page.getByTestId('review-summary')).toContainText(`to post: 0; already imported: ${count}.`);
});

test('an OFX statement in another currency than the books is refused before anything is read', async ({ page, app }) => {
  const bank = new BankPage(page, app);
  await bank.openTab('Bank import');
  await bank.chooseStatement('statement-v1.ofx');
  await expect(page.getByRole('alert')).toHaveText('statement-v1.ofx holds no statement in EUR, the currency of the books. Choose the statement of a EUR account.');
  await expect(page.getByRole('button', { name: 'Choose statement file…' })).toBeEnabled();
});
