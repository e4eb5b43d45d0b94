import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backUpNow, booksDatabase, openBackupSection, tableCounts, tableDump } from './backup.helpers';
import { expect, test, type App, type Page } from './fixtures';
import { BankPage } from './pages/bank-page';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { CatalogPage, catalogFixture } from './pages/catalog-page';
import { EquipmentPage } from './pages/equipment-page';
import { ReportsPage } from './pages/reports-page';
import { completeSetup } from './pages/setup-page';
import { StockPage } from './pages/stock-page';
import { purchasingSample, recordIdWhere, seedPurchasing } from './pages/spending-page';
import { StocktakePage } from './pages/stocktake-page';

const company = 'Harbour Supplies Ltd';
const renamed = 'Harbour Supplies Group';
const bank = 'Assets:Bank account';

const money = (minor: number) => `${minor < 0 ? '-' : ''}${(Math.abs(minor) / 100).toFixed(2)}`;

type Posting = [account: string, minor: number | null, assertion?: number];
type Transaction = { date: string; code?: string; payee: string; comment?: string; postings: Posting[] };

/**
 * Two months of a trading company as an hledger journal in EUR: opening balances, rent,
 * weekly sales and purchases with 20% VAT split out, supplier bills and their payments,
 * cash takings, month-end bank fees with a balance assertion. The accounts are the
 * default chart's, plus one the chart lacks, so the import both matches and adds.
 */
function twoMonthJournal(): { text: string; transactions: Transaction[]; bankUpTo(date: string): number } {
  const transactions: Transaction[] = [];
  const iso = (day: Date) => day.toISOString().slice(0, 10);
  const plus = (date: string, days: number) => iso(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
  transactions.push({ date: '2026-01-02', payee: 'Opening balances', postings: [[bank, 1_500_000], ['Assets:Cash', 50_000], ["Equity:Owner's capital", null]] });
  for (const month of ['2026-01', '2026-02']) {
    transactions.push({ date: `${month}-03`, code: `R-${month}`, payee: 'Quay Properties', comment: 'rent with VAT', postings: [['Expenses:Rent', 120_000], ['Assets:Input VAT', 24_000], [bank, null]] });
  }
  for (let week = 0; week < 8; week += 1) {
    const monday = plus('2026-01-05', week * 7);
    // Net amounts divisible by five, so 20% VAT is whole cents.
    const net = 40_000 + 3_750 * week;
    transactions.push({ date: monday, code: `S-${String(week + 1).padStart(3, '0')}`, payee: 'Northwind Ltd', postings: [[bank, net + net / 5], ['Income:Sales of goods', -net], ['Liabilities:Output VAT', -net / 5]] });
    const supplies = 4_550 + 125 * week;
    transactions.push({ date: plus(monday, 2), payee: 'Paper & Co', postings: [['Expenses:Office supplies', supplies], ['Assets:Input VAT', supplies / 5], [bank, -(supplies + supplies / 5)]] });
    transactions.push(
      week % 2 === 0
        ? { date: plus(monday, 3), payee: 'Bright Adverts', comment: 'bill, due in a week', postings: [['Expenses:Marketing', 25_000], ['Liabilities:Accounts payable', -25_000]] }
        : { date: plus(monday, 3), payee: 'Bright Adverts', postings: [['Liabilities:Accounts payable', 25_000], [bank, -25_000]] },
    );
    transactions.push({ date: plus(monday, 4), payee: 'Walk-in customers', postings: [['Assets:Cash', 6_000 + 500 * week], ['Income:Services', null]] });
  }
  for (const date of ['2026-01-30', '2026-02-27']) transactions.push({ date, payee: 'First Bank', comment: 'monthly fee', postings: [['Expenses:Bank fees', 1_200], [bank, -1_200]] });

  // The bank's own postings, with elided amounts worked out, for assertions and reconciling.
  const bankPostings = transactions.map((tx) => {
    const given = tx.postings.reduce((sum, [, minor]) => sum + (minor ?? 0), 0);
    return { date: tx.date, minor: tx.postings.filter(([account]) => account === bank).reduce((sum, [, minor]) => sum + (minor ?? -given), 0) };
  });
  const bankUpTo = (date: string) => bankPostings.filter((posting) => posting.date <= date).reduce((sum, posting) => sum + posting.minor, 0);
  // The January fee asserts the bank balance at the end of the month, as the statement shows it.
  const januaryFee = transactions.find((tx) => tx.payee === 'First Bank' && tx.date === '2026-01-30')!;
  januaryFee.postings[1] = [bank, -1_200, bankUpTo('2026-01-31')];

  const ordered = [...transactions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const text = [
    '; Harbour Supplies, January and February 2026',
    'account Expenses:Marketing  ; type: X',
    '',
    ...ordered.flatMap((tx) => [
      `${tx.date} * ${tx.code ? `(${tx.code}) ` : ''}${tx.payee}${tx.comment ? `  ; ${tx.comment}` : ''}`,
      ...tx.postings.map(([account, minor, assertion]) => `    ${account}${minor === null ? '' : `  ${money(minor)} EUR`}${assertion === undefined ? '' : ` = ${money(assertion)} EUR`}`),
      '',
    ]),
  ].join('\n');
  return { text, transactions: ordered, bankUpTo };
}

/** The book's reports for the first quarter, each exported to CSV through its "Export CSV…" action. */
async function quarterReports(page: Page, app: App, label: string, screenshot?: string): Promise<Record<string, string>> {
  const reports = new ReportsPage(page);
  const exportCsv = async (name: string) => {
    const path = join(app.exportsFolder, `${label} ${name}.csv`);
    app.dialogs.answerNextSave(path);
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved as ${label} ${name}.csv` })).toBeVisible();
    return readFile(path, 'utf8');
  };
  await reports.open('Trial balance');
  await reports.customPeriod('01/01/2026', '03/31/2026');
  await expect(reports.period()).toHaveText('January 1st, 2026 – March 31st, 2026');
  await expect(reports.trialBalanceRow(bank)).toBeVisible();
  const trialBalance = await exportCsv('trial balance');
  const trialBalanceOnScreen = await page.getByTestId('trial-balance-table').innerText();
  if (screenshot) {
    await expect(page.getByTestId('trial-balance-note')).not.toHaveClass(/is-off/);
    await page.screenshot({ path: screenshot, fullPage: true });
  }
  await reports.show('Income statement');
  await expect(reports.period()).toHaveText('January 1st, 2026 – March 31st, 2026');
  await expect(page.getByTestId('income-statement')).toBeVisible();
  const incomeStatement = await exportCsv('income statement');
  await reports.show('Balance sheet');
  await reports.asOf('03/31/2026');
  await expect(reports.period()).toHaveText('As of March 31st, 2026');
  await expect(page.getByTestId('balance-sheet')).toBeVisible();
  const balanceSheet = await exportCsv('balance sheet');
  return { trialBalance, trialBalanceOnScreen, incomeStatement, balanceSheet };
}

test('a full book survives a backup and restore: identical records in every table and identical reports', async ({ page, app }) => {
  test.setTimeout(360_000); // 50–75 s alone on a busy 2-core machine
  await app.open();
  await completeSetup(page, { name: company, address: '12 Quay Street, Bristol', currency: 'EUR' });
  const books = new BookkeepingPage(page);
  const bankPage = new BankPage(page, app);

  // Two months from a journal file, through the import screen.
  const journal = twoMonthJournal();
  const journalPath = join(app.dataFolder, 'harbour-2026.journal');
  await writeFile(journalPath, journal.text);
  await bankPage.openTab('Journal file');
  app.dialogs.answerNextOpen(journalPath);
  await page.getByRole('button', { name: 'Choose journal file…' }).click();
  await expect(page.getByTestId('journal-summary')).toContainText(`Transactions${journal.transactions.length}`);
  await page.getByRole('button', { name: `Import entries (${journal.transactions.length})` }).click();
  await expect(page.getByTestId('journal-import-done')).toContainText(`Entries posted: ${journal.transactions.length}; accounts added: 1.`);

  // March by hand: a bill with VAT codes on the entry form, a quick expense with VAT, and a draft left unposted.
  await books.open('New entry');
  await books.postEntry({
    date: '03/12/2026',
    payee: 'Office Outfitters',
    memo: 'Shelving, invoice OO-77',
    lines: [
      { account: '1500', debit: '800', vat: 'I20' },
      { account: '1300', debit: '160', vat: 'I20' },
      { account: '2010', credit: '960' },
    ],
  });
  await books.tab('New entry');
  await page.getByRole('link', { name: 'Expense paid' }).click();
  const quick = page.locator('form.quick-form');
  await quick.getByLabel('Date', { exact: true }).fill('03/18/2026');
  await quick.getByLabel('Payee').fill('Telecom Direct');
  await books.pickAccount(quick.getByLabel('Expense account'), '5600');
  await quick.getByLabel('Amount (EUR)').fill('60');
  await quick.getByLabel('VAT code').selectOption({ label: 'I20 — Input VAT 20%' });
  await quick.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('heading', { name: /^Entry \S+ Posted$/ })).toBeVisible();
  await books.tab('New entry');
  await books.fillEntry({ date: '03/25/2026', payee: 'Rail Ticket Office', memo: 'Trip to the trade fair', lines: [{ account: '5700', debit: '45' }, { account: '1020', credit: '45' }] });
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { name: /Draft entry/ })).toBeVisible();

  // A March bank statement: one line filled by a rule, two with VAT chosen on review.
  await bankPage.openTab('Bank import');
  await bankPage.addRule({ pattern: 'service fee', account: '5500' });
  await page.getByRole('navigation', { name: 'Bank import pages' }).getByRole('link', { name: 'Import a statement' }).click();
  let running = journal.bankUpTo('2026-02-28');
  const statementLines = [
    ['03/03/2026', 'Harbour Café', 'Catering supplies, cash on delivery', 'TX2001', 36_000],
    ['03/05/2026', 'Staples', 'Printer toner', 'TX2002', -9_600],
    ['03/10/2026', 'City Utilities', 'Electricity February', 'TX2003', -21_000],
    ['03/31/2026', 'First Bank', 'Monthly service fee', 'TX2004', -1_200],
  ] as const;
  const statement = [
    'Date,Payee,Description,Reference,Amount,Balance',
    ...statementLines.map(([date, payee, description, reference, minor]) => `${date},${payee},"${description}",${reference},${money(minor)},${money((running += minor))}`),
  ].join('\r\n');
  const statementPath = join(app.dataFolder, 'march-statement.csv');
  await writeFile(statementPath, `${statement}\r\n`);
  app.dialogs.answerNextOpen(statementPath);
  await page.getByRole('button', { name: 'Choose statement file…' }).click();
  await page.getByRole('button', { name: 'Continue to the columns' }).click();
  await page.getByRole('button', { name: 'Read the statement' }).click();
  await expect(page.getByTestId('review-summary')).toContainText('Lines: 4; to post: 4; already imported: 0.');
  await expect(bankPage.accountOfRow(5)).toHaveValue('5500 Bank fees');
  await bankPage.pickAccount(bankPage.accountOfRow(2), '4010');
  await page.getByRole('combobox', { name: 'VAT code, row 2', exact: true }).selectOption({ label: 'O20' });
  await bankPage.pickAccount(bankPage.accountOfRow(3), '5300');
  await page.getByRole('combobox', { name: 'VAT code, row 3', exact: true }).selectOption({ label: 'I20' });
  await bankPage.pickAccount(bankPage.accountOfRow(4), '5200');
  await page.getByRole('button', { name: 'Post entries (4)' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('Entries posted to Bank account: 4');

  // The bank reconciled to the end of February, when the journal's last bank line falls.
  await bankPage.openTab('Reconcile');
  await page.getByLabel('Statement date').fill('02/28/2026');
  await page.getByLabel('Closing balance on the statement (EUR)').fill(money(journal.bankUpTo('2026-02-28')));
  await page.getByRole('button', { name: 'Start reconciling' }).click();
  const bankLinesToFeb = journal.transactions.filter((tx) => tx.postings.some(([account]) => account === bank)).length;
  await page.getByRole('button', { name: `Tick all up to the statement date (${bankLinesToFeb})` }).click();
  await expect(page.getByTestId('difference')).toHaveText('0.00');
  await page.getByRole('button', { name: 'Finish reconciliation' }).click();
  await expect(page.getByTestId('finished-reconciliations')).toContainText('February 28th, 2026');

  // Two scanned documents in the store, named by their content hash.
  const store = join(app.dataFolder, 'documents');
  await mkdir(store, { recursive: true });
  const documents = [Buffer.from('%PDF-1.4 invoice OO-77'), randomBytes(120_000)].map((content) => ({ content, sha256: createHash('sha256').update(content).digest('hex') }));
  for (const document of documents) await writeFile(join(store, document.sha256), document.content);

  // The warehouse: the catalog, a shelf, a receipt at a cost (its entry posted), a stocktake begun, the printer serviced.
  await new CatalogPage(page).importItems(catalogFixture('items-en.csv'));
  const stock = new StockPage(page);
  await stock.addLocation({ code: 'WH', name: 'Main warehouse' });
  await stock.addLocation({ code: 'A-01', name: 'Paper shelf', inside: 'WH' });
  await stock.receive({ item: 'PAP-A4', location: 'A-01', quantity: '2', pack: 'box', cost: '250.00', costMode: 'in total', date: '03/20/2026' });
  const stocktakes = new StocktakePage(page);
  await stocktakes.open();
  await stocktakes.startStocktake({ scope: { kind: 'all' }, blind: false });
  const equipment = new EquipmentPage(page);
  await equipment.open();
  await equipment.registerEquipment({ name: 'Office printer', category: 'Printer', serialNumber: 'CNB1234567', purchaseDate: '03/01/2025', serviceIntervalMonths: '6' });
  await equipment.logService({ date: '03/10/2026', work: 'Drum replaced', cost: '45.00', by: 'PrintFix Ltd' });

  // Purchasing: a supplier with a price for the paper, a request ordered, the order partly received and billed, as its screens store them.
  const paperId = await recordIdWhere(page, 'items', 'sku', 'PAP-A4');
  await seedPurchasing(page, purchasingSample(paperId!, (await recordIdWhere(page, 'locations', 'code', 'A-01')) ?? null));

  // Before: the reports, then every record just before the backup is taken.
  const reportsBefore = await quarterReports(page, app, 'before');
  const recordsBefore = await tableDump(page);
  const countsBefore = await tableCounts(page);
  // A book with something in every table: entries from each way in, the draft, rules, reconciliation, the warehouse.
  for (const [table, count] of Object.entries(countsBefore)) expect(count, table).toBeGreaterThan(0);
  expect(countsBefore.postedEntries).toBe(journal.transactions.length + 2 + statementLines.length + 1);
  expect(countsBefore.drafts).toBe(1);
  await openBackupSection(page);
  await backUpNow(page);

  // Then the book moves on: March rent posted, the company renamed, a document lost.
  await books.open('New entry');
  await books.postEntry({ date: '03/20/2026', payee: 'Quay Properties', memo: 'Rent, March', lines: [{ account: '5100', debit: '1200' }, { account: '1010', credit: '1200' }] });
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Company name').fill(renamed);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.brand-company')).toHaveText(renamed);
  await rm(join(store, documents[1]!.sha256));
  const reportsChanged = await quarterReports(page, app, 'changed');
  for (const report of Object.keys(reportsBefore)) expect(reportsChanged[report], report).not.toEqual(reportsBefore[report]);

  // Restore the earlier backup from the Backup page.
  const databaseBefore = await booksDatabase(page);
  await openBackupSection(page);
  const row = page.getByRole('row').filter({ hasText: company });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /Restore the backup of/ }).click();
  await expect(page.getByTestId('backup-verified')).toHaveText(/^All \d+ parts and 2 documents match their checksums\.$/);
  await page.getByRole('button', { name: 'Replace current data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was restored' })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.brand-company')).toHaveText(company);
  expect(await booksDatabase(page)).not.toBe(databaseBefore);

  // Every record as it was, plus the one activity-log entry that says the restore happened.
  const recordsAfter = await tableDump(page);
  const restoredEntries = (recordsAfter.auditLog as { action: string }[]).filter((entry) => entry.action === 'backupRestored');
  expect(restoredEntries).toHaveLength(1);
  expect({ ...recordsAfter, auditLog: (recordsAfter.auditLog as { action: string }[]).filter((entry) => entry.action !== 'backupRestored') }).toEqual(recordsBefore);
  expect(await tableCounts(page)).toEqual({ ...countsBefore, auditLog: countsBefore.auditLog! + 1 });
  for (const document of documents) expect((await readFile(join(store, document.sha256))).equals(document.content)).toBe(true);

  // On screen too: the draft is still a draft, the reconciliation still finished.
  await books.open('Entries');
  await expect(books.entryRow('Draft')).toHaveCount(1);
  await bankPage.openTab('Reconcile');
  await expect(page.getByTestId('finished-reconciliations')).toContainText('February 28th, 2026');

  // The same reports, to the character.
  const reportsAfter = await quarterReports(page, app, 'restored', test.info().outputPath('restored-trial-balance.png'));
  expect(reportsAfter).toEqual(reportsBefore);
});
