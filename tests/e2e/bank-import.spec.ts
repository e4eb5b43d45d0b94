import { expect, test } from './fixtures';
import { BankPage } from './pages/bank-page';
import { completeSetup } from './pages/setup-page';

test.beforeEach(async ({ page, app }) => {
  await page.clock.setFixedTime(new Date('2026-03-31T10:00:00'));
  await app.open();
  await completeSetup(page, { name: 'ООО «Ромашка»', currency: 'RUB' });
});

test('a Windows-1251 statement is read, pre-filled by rules, reviewed, posted, and skipped when imported again', async ({ page, app }, testInfo) => {
  test.setTimeout(120_000); // about 30 s alone on a busy 2-core machine
  const bank = new BankPage(page, app);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`en-${name}.png`), fullPage: true });
  await bank.openTab('Bank import');
  await bank.addRule({ pattern: 'комиссия', account: '5500' });
  await expect(page.getByRole('table', { name: 'Bank rules in the order they are tried' })).toContainText('the description contains “комиссия”');
  await shot('01-rules');

  await page.getByRole('navigation', { name: 'Bank import pages' }).getByRole('link', { name: 'Import a statement' }).click();
  await expect(page.getByLabel('Bank account')).toHaveValue(/.+/);
  await bank.chooseStatement('sberbank-windows-1251.csv');
  expect(app.dialogs.askedOpen.at(-1)).toMatchObject({ title: 'Open a bank statement' });

  // The text: detected as Windows-1251, the Cyrillic readable in the preview.
  await expect(page.getByText('Detected encoding: Windows-1251 (Cyrillic)')).toBeVisible();
  await expect(page.getByTestId('statement-preview')).toContainText('ООО «Поставщик»');
  await shot('02-text');
  // Read the wrong way, it is nonsense; back to the right one.
  await page.getByLabel('Read the file as').selectOption('iso-8859-2');
  await expect(page.getByTestId('statement-preview')).not.toContainText('Поставщик');
  await page.getByLabel('Read the file as').selectOption('windows-1251');
  await page.getByRole('button', { name: 'Continue to the columns' }).click();

  // The columns as guessed from the file.
  await expect(page.getByLabel('Date format')).toHaveValue('dd.MM.yyyy');
  await expect(page.getByLabel('Number format')).toHaveValue('1 234,56');
  await expect(page.getByLabel('The amount is written as')).toHaveValue('debitCredit');
  await expect(page.getByRole('table', { name: 'How the file is read with these columns' })).toContainText('Арендная плата за март');
  await shot('03-columns');
  await page.getByRole('button', { name: 'Read the statement' }).click();

  // Review: the rule filled both fees; the rest is chosen here, one through a new rule.
  await expect(page.getByTestId('review-summary')).toContainText('Lines: 7; to post: 7; already imported: 0.');
  await expect(bank.accountOfRow(8)).toHaveValue('5500 Bank fees');
  await expect(bank.accountOfRow(9)).toHaveValue('5500 Bank fees');
  await expect(bank.reviewRow(8)).toContainText('by the rule “комиссия”');
  await expect(page.getByRole('button', { name: 'Post entries (7)' })).toBeDisabled();
  await expect(page.getByText('Ticked lines without a counter-account: 5.')).toBeVisible();

  await page.getByRole('button', { name: 'Make a rule from row 10' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Look in')).toHaveValue('payee');
  await expect(dialog.getByLabel('Text', { exact: true })).toHaveValue('ООО "Арендодатель"');
  await bank.pickAccount(dialog.getByLabel('Counter-account', { exact: true }), '5100');
  await shot('04-rule-from-line');
  await dialog.getByRole('button', { name: 'Save the rule' }).click();
  await expect(bank.accountOfRow(10)).toHaveValue('5100 Rent');

  await bank.pickAccount(bank.accountOfRow(6), '2010');
  await bank.pickAccount(bank.accountOfRow(7), '4020');
  await bank.pickAccount(bank.accountOfRow(11), '1100');
  await bank.pickAccount(bank.accountOfRow(12), '5500');
  await expect(page.getByTestId('review-summary')).toContainText('Money in 121,234.56, money out 132,290.00.');
  await shot('05-review');
  await page.getByRole('button', { name: 'Post entries (7)' }).click();

  await expect(page.getByTestId('import-summary')).toContainText('Entries posted to Bank account: 7 (numbers 2026-0001 to 2026-0007).');
  await shot('06-posted');
  await page.getByRole('button', { name: 'Show the entries' }).click();
  const entries = page.getByRole('table', { name: 'Journal entries' }).getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(entries).toHaveCount(7);
  await expect(entries.filter({ hasText: 'Комиссия за перевод' })).toHaveCount(2);
  await expect(entries.filter({ hasText: 'Арендная плата за март' })).toContainText('85,000.00');

  // The same file again: every line is recognised and nothing can be posted twice.
  await bank.openTab('Bank import');
  await page.getByRole('button', { name: 'Import another statement' }).click();
  await bank.chooseStatement('sberbank-windows-1251.csv');
  await page.getByRole('button', { name: 'Continue to the columns' }).click();
  await expect(page.getByText('These are the columns you used for this account last time.')).toBeVisible();
  await page.getByRole('button', { name: 'Read the statement' }).click();
  await expect(page.getByTestId('review-summary')).toContainText('Lines: 7; to post: 0; already imported: 7.');
  await expect(page.getByText('Already imported: skipped')).toHaveCount(7);
  await expect(page.getByRole('button', { name: 'Post entries (0)' })).toBeDisabled();
  await shot('07-reimport');
});

test('a statement of another bank is refused row by row and column, and nothing is written', async ({ page, app }, testInfo) => {
  const bank = new BankPage(page, app);
  await bank.openTab('Bank import');
  // The Sberbank columns are remembered for the account once read...
  await bank.chooseStatement('sberbank-windows-1251.csv');
  await page.getByRole('button', { name: 'Continue to the columns' }).click();
  await page.getByRole('button', { name: 'Read the statement' }).click();
  await expect(page.getByTestId('review-summary')).toBeVisible();
  await page.getByRole('button', { name: 'Start over' }).click();

  // ...and an OTP statement read with them does not fit.
  await bank.chooseStatement('otp-eur-windows-1250.csv');
  await page.getByRole('button', { name: 'Continue to the columns' }).click();
  await page.getByRole('button', { name: 'Read the statement' }).click();
  await expect(page.getByRole('heading', { name: /otp-eur-windows-1250\.csv does not fit these columns/ })).toBeVisible();
  await expect(page.getByText('Nothing was imported.')).toBeVisible();
  const problems = page.getByRole('list', { name: 'Problems by row and column' });
  await expect(problems).toContainText('Row 6, column 1 (11773016-87654321): “11773016-87654321” is not a date in the chosen format');
  await expect(problems.getByRole('listitem').first()).toContainText(/^Row \d+, column \d+/);
  await page.screenshot({ path: testInfo.outputPath('en-08-wrong-bank.png'), fullPage: true });

  await bank.openTab('Entries');
  await expect(page.getByText('No entries yet.')).toBeVisible();
});
