import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/run';
import { writeSampleBackup } from '../../electron/services/backup/test-support';
import { bookTables } from '../../shared/backup/bookTables';
import { journalToBook, parseJournal } from '../../shared/journal';
import { openBackup } from '../../electron/services/backup/backup-reader';
import { backUpNow, backupFiles, booksDatabase, booksDatabases, defaultBackupFolder, openBackupSection, tableCounts, tableDump } from './backup.helpers';
import { expect, test, type Page } from './fixtures';
import { BookkeepingPage } from './pages/bookkeeping-page';
import { ReportsPage } from './pages/reports-page';
import { seedAuditEntries } from './pages/seed';
import { completeSetup } from './pages/setup-page';

const before = 'Harbour Supplies Ltd';
const after = 'Harbour Supplies Group';

async function renameCompany(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Company name').fill(name);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Company details saved.' })).toBeVisible();
}

/** How many "backup restored" entries the activity log holds (raw IndexedDB). */
async function restoredEntries(page: Page): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('auditLog').objectStore('auditLog').getAll();
          all.onsuccess = () => {
            resolve((all.result as { action: string }[]).filter((entry) => entry.action === 'backupRestored').length);
            request.result.close();
          };
        };
      }),
    await booksDatabase(page),
  );
}

/** A book large enough to span several parts: 6,000 activity-log entries. */
async function bookWithHistory(page: Page) {
  await completeSetup(page, { name: before, address: '12 Quay Street, Bristol' });
  await seedAuditEntries(page, 6000);
  await page.reload();
  await expect(page.getByRole('heading', { name: before })).toBeVisible();
}

test('restore an earlier backup through the UI: the old data is back, the data before is kept as a safety copy', async ({ page, app }) => {
  // Two backups and a restore of 6,000 records: well past the default on a busy machine.
  test.setTimeout(90_000);
  await app.open();
  await bookWithHistory(page);
  // Two stored documents, as the document store keeps them (by content hash).
  const store = join(app.dataFolder, 'documents');
  await mkdir(store, { recursive: true });
  const documents = [Buffer.from('%PDF-1.4 invoice 17'), randomBytes(300_000)].map((content) => ({ content, sha256: createHash('sha256').update(content).digest('hex') }));
  for (const document of documents) await writeFile(join(store, document.sha256), document.content);
  await openBackupSection(page);
  const earlier = await backUpNow(page);
  const countsThen = await tableCounts(page);
  const recordsThen = await tableDump(page);
  await rm(join(store, documents[1]!.sha256));

  await renameCompany(page, after);
  await expect(page.getByRole('navigation').getByText(after)).toBeHidden(); // the sidebar shows the company under the brand
  await expect(page.locator('.brand-company')).toHaveText(after);
  const countsChanged = await tableCounts(page);
  expect(countsChanged.auditLog).toBe(countsThen.auditLog! + 1);

  await openBackupSection(page);
  const row = page.getByRole('row').filter({ hasText: before });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /Restore the backup of/ }).click();
  const check = page.getByRole('region', { name: 'Restore' });
  await expect(page.getByTestId('backup-verified')).toHaveText(/^All \d+ parts and 2 documents match their checksums\.$/);
  await expect(check.getByRole('definition').filter({ hasText: before })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('restore-check.png'), fullPage: true });
  await page.getByRole('button', { name: 'Replace current data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was restored' })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('restore-done.png'), fullPage: true });

  // The old company name everywhere, the very same records plus one "backup restored" entry,
  // and the document that was lost is back in the store.
  await expect(page.locator('.brand-company')).toHaveText(before);
  const countsNow = await tableCounts(page);
  expect(countsNow).toEqual({ ...countsThen, auditLog: countsThen.auditLog! + 1 });
  const recordsNow = await tableDump(page);
  expect({ ...recordsNow, auditLog: (recordsNow.auditLog as { action: string }[]).filter((entry) => entry.action !== 'backupRestored') }).toEqual(recordsThen);
  for (const document of documents) expect((await readFile(join(store, document.sha256))).equals(document.content)).toBe(true);
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: before })).toBeVisible();
  expect(await restoredEntries(page)).toBe(1);

  // The data from before the restore is in a safety copy, which holds the new name.
  const safety = (await backupFiles(defaultBackupFolder(app.dataFolder))).filter((name) => name !== earlier);
  expect(safety).toHaveLength(1);
  const copy = await openBackup(join(defaultBackupFolder(app.dataFolder), safety[0]!));
  expect(copy.manifest).toMatchObject({ company: after, purpose: 'safety' });
  expect(copy.manifest.tables.find((table) => table.name === 'auditLog')?.records).toBe(countsChanged.auditLog);
  await copy.close();

  // The books now live in a new database; the replaced one is gone.
  const books = await booksDatabase(page);
  expect(books).not.toBe('backoffice');
  await expect.poll(() => booksDatabases(page)).toEqual([books]);

  // It survives a reload: the restore was written, not just shown.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: before })).toBeVisible();
  expect(await booksDatabase(page)).toBe(books);
});

test('a restore interrupted midway (window reloaded after the safety copy): the app opens with the old data, not a mix', async ({ page, app }) => {
  // 40,000 records backed up and partly restored: past the default on a busy machine.
  test.setTimeout(90_000);
  await app.open();
  await completeSetup(page, { name: before });
  await seedAuditEntries(page, 40_000);
  await page.reload();
  await openBackupSection(page);
  const earlier = await backUpNow(page);
  await renameCompany(page, after);
  const countsBefore = await tableCounts(page);
  const folder = defaultBackupFolder(app.dataFolder);

  // Main hands out two parts of the backup, then holds the rest back: the window is
  // closed while the records are half written, once the safety copy is finished.
  let partsRead = 0;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  app.rewriteRequests(async (channel, payload) => {
    if (channel === 'backup:read-part' && (partsRead += 1) > 2) await held;
    return payload;
  });
  await openBackupSection(page);
  await page.getByRole('button', { name: /Restore the backup of/ }).click();
  await expect(page.getByTestId('backup-verified')).toBeVisible();
  await page.getByRole('button', { name: 'Replace current data' }).click();
  await expect.poll(() => backupFiles(folder), { timeout: 30_000 }).toHaveLength(2);
  expect(partsRead).toBe(3);
  await page.reload();
  release();

  await expect(page.locator('.brand-company')).toHaveText(after);
  expect(await booksDatabase(page)).toBe('backoffice');
  expect(await tableCounts(page)).toEqual(countsBefore);
  // The half-written new database is deleted at start; the safety copy is whole and holds the data from before.
  await expect.poll(() => booksDatabases(page)).toEqual(['backoffice']);
  const safety = await openBackup(join(folder, (await backupFiles(folder)).find((name) => name !== earlier)!));
  expect(safety.manifest).toMatchObject({ purpose: 'safety', company: after });
  await safety.close();
});

test('a restore can be stopped: the current data stays, and nothing is left behind', async ({ page, app }) => {
  // 40,000 records backed up and partly restored: past the default on a busy machine.
  test.setTimeout(90_000);
  await app.open();
  await completeSetup(page, { name: before });
  await seedAuditEntries(page, 40_000);
  await page.reload();
  await openBackupSection(page);
  await backUpNow(page);
  await renameCompany(page, after);
  const countsBefore = await tableCounts(page);

  await openBackupSection(page);
  await page.getByRole('button', { name: /Restore the backup of/ }).click();
  await expect(page.getByTestId('backup-verified')).toBeVisible();
  await page.getByRole('button', { name: 'Replace current data' }).click();
  await expect(page.getByText(/Restoring, and saving a safety copy of the current data… [1-9]\d*%/).first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('restore-running.png'), fullPage: true });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The restore was stopped. The current data was not changed.' })).toBeVisible({ timeout: 30_000 });

  await expect(page.locator('.brand-company')).toHaveText(after);
  expect(await tableCounts(page)).toEqual(countsBefore);
  expect(await booksDatabases(page)).toEqual(['backoffice']);
  // The safety copy was stopped too: only the earlier backup is in the folder.
  expect(await backupFiles(defaultBackupFolder(app.dataFolder))).toHaveLength(1);
  await page.reload();
  await expect(page.locator('.brand-company')).toHaveText(after);
});

test('open a backup read-only: the old books to look at, nothing can change them, then back to the current books', async ({ page, app }) => {
  await app.open();
  await bookWithHistory(page);
  await openBackupSection(page);
  const earlier = await backUpNow(page);
  await renameCompany(page, after);
  const countsBefore = await tableCounts(page);

  await openBackupSection(page);
  await page.getByRole('row').filter({ hasText: before }).getByRole('button', { name: /Restore the backup of/ }).click();
  await expect(page.getByTestId('backup-verified')).toBeVisible();
  await page.getByRole('button', { name: 'Open read-only' }).click();

  const banner = page.getByRole('region', { name: 'Backup opened read-only' });
  await expect(banner).toContainText(`(${before}), read-only.`, { timeout: 30_000 });
  await expect(banner).toContainText(earlier);
  await expect(page.locator('.brand-company')).toHaveText(before);
  await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: before })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('viewing-backup.png'), fullPage: true });
  await expect(page).toHaveTitle(`Backup opened read-only — ${before} — Backoffice`);
  // Its books predate the ledger's set-up: they are shown as they are, not set up on the way.
  await new ReportsPage(page).open('Trial balance');
  await expect(page.getByText('Nothing was posted in this period.')).toBeVisible();

  // Any change is refused with a clear message.
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Company name').fill('Changed While Looking Ltd');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('This is a backup opened read-only, so nothing can be changed.').first()).toBeVisible();

  // "Back up now" meanwhile backs up the current books, not the one being looked at.
  await openBackupSection(page);
  const during = await backUpNow(page);
  const copy = await openBackup(join(defaultBackupFolder(app.dataFolder), during));
  expect(copy.manifest.company).toBe(after);
  await copy.close();

  await banner.getByRole('button', { name: 'Back to the current books' }).click();
  await expect(page.locator('.brand-company')).toHaveText(after);
  await expect(banner).toBeHidden();
  expect(await tableCounts(page)).toEqual(countsBefore);
  await expect.poll(() => booksDatabases(page)).toEqual(['backoffice']);
});

test('before a database upgrade, a verified backup of the old version is taken first', async ({ page, app, baseURL }) => {
  // A version-1 database as the first release left it: the company and its activity log.
  await page.route('**/seed-v1.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto(`${baseURL}/seed-v1.html`);
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('backoffice', 10); // Dexie version 1 = IndexedDB version 10
      request.onupgradeneeded = () => {
        request.result.createObjectStore('settings', { keyPath: 'key' });
        request.result.createObjectStore('auditLog', { keyPath: 'id' }).createIndex('at', 'at');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['settings', 'auditLog'], 'readwrite');
      const at = '2025-06-01T09:00:00.000Z';
      tx.objectStore('settings').put({
        key: 'company', id: '01OLDCOMPANY', name: 'Old Release Kft.', address: '', taxNumber: '', baseCurrency: 'HUF',
        fiscalYearStart: { month: 1, day: 1 }, language: 'en', createdAt: at, updatedAt: at,
      });
      tx.objectStore('auditLog').put({ id: '01OLDAUDIT', at, action: 'companySetUp', tables: ['settings'], recordIds: ['01OLDCOMPANY'] });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });

  // Main is held before it finishes the file, so the screen shown meanwhile can be seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  app.rewriteRequests(async (channel, payload) => {
    if (channel === 'backup:finish') await held;
    return payload;
  });
  // Every page heading shown, also those shown too briefly to catch with a locator.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { headingsSeen: string[] }).headingsSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('h1')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await app.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Saving a backup before the update' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Backing up… 100%');
  await page.screenshot({ path: test.info().outputPath('upgrade-backup-running.png') });
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Old Release Kft.' })).toBeVisible();
  // Once the backup is saved, the screen says the data is being updated until the app opens.
  expect(await page.evaluate(() => (window as unknown as { headingsSeen: string[] }).headingsSeen)).toEqual([
    'Saving a backup before the update',
    'Updating your data',
    'Old Release Kft.',
  ]);
  const files = await backupFiles(defaultBackupFolder(app.dataFolder));
  expect(files).toHaveLength(1);
  const backup = await openBackup(join(defaultBackupFolder(app.dataFolder), files[0]!));
  expect(backup.manifest).toMatchObject({ purpose: 'upgrade', schemaVersion: 1, company: 'Old Release Kft.' });
  expect(backup.manifest.tables.map((table) => [table.name, table.records])).toEqual([
    ['auditLog', 1],
    ['settings', 1],
  ]);
  await backup.close();

  // The next start has nothing to upgrade: no second backup.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Old Release Kft.' })).toBeVisible();
  expect(await backupFiles(defaultBackupFolder(app.dataFolder))).toHaveLength(1);

  // And that backup restores into today's database (its upgrade functions run on the way).
  await renameCompany(page, 'Renamed Kft.');
  await openBackupSection(page);
  await page.getByRole('row').filter({ hasText: 'Before update' }).getByRole('button', { name: /Restore the backup of/ }).click();
  await expect(page.getByText('This backup is from an older version of the data.')).toBeVisible();
  await page.getByRole('button', { name: 'Replace current data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was restored' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.brand-company')).toHaveText('Old Release Kft.');
});

test('a new computer: the first-run screen restores the books from a backup file, with no company to set up first', async ({ page, app }) => {
  // The backup an accountant made elsewhere: the command-line tool turns a journal into one.
  const journal = join(app.dataFolder, 'books.journal');
  await writeFile(
    journal,
    [
      '2026-01-02 * (2026-0001) Opening balance',
      '    Assets:Bank        5000.00 EUR',
      '    Equity:Opening',
      '',
      '2026-01-15 * (2026-0002) Office rent',
      '    Expenses:Rent      1200.00 EUR',
      '    Assets:Bank',
      '',
    ].join('\n'),
  );
  const file = join(app.dataFolder, 'elsewhere', 'Moved Books Kft.backup');
  await mkdir(join(app.dataFolder, 'elsewhere'));
  const errors: string[] = [];
  expect(await runCli(['import-journal', journal, '-o', file, '--company', 'Moved Books Kft.'], { out: () => undefined, err: (text) => errors.push(text) })).toBe(0);
  expect(errors).toEqual([]);

  await app.open();
  await expect(page.getByRole('heading', { name: 'Set up your company' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore your books from a backup' }).click();
  app.dialogs.answerNextOpen(file);
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await expect(page.getByTestId('backup-verified')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^Moved Books Kft\.$/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('first-run-restore.png'), fullPage: true });
  await page.getByRole('button', { name: 'Restore this backup' }).click();

  // The window reopens on the restored books, on the Backup page that says so.
  await expect(page.getByRole('status').filter({ hasText: 'was restored.' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Backup' })).toBeVisible();
  await expect(page.locator('.brand-company')).toHaveText('Moved Books Kft.');
  expect(await tableCounts(page)).toMatchObject({ postedEntries: 2 });
  // There were no books to keep, so no safety copy was made.
  expect(await backupFiles(defaultBackupFolder(app.dataFolder))).toEqual([]);
});

test('a backup from before entry blocks (database version 3, one record per entry) restores: its entries move into blocks', async ({ page, app }) => {
  // The book as version 3 stored it: posted entries one record each in `entries`.
  const text = ['2026-01-02 * (2026-0001) Opening balance', '    Assets:Bank        5000.00 EUR', '    Equity:Opening', '']
    .concat(Array.from({ length: 300 }, (_, i) => [`2026-02-${String((i % 28) + 1).padStart(2, '0')} * (2026-${String(i + 2).padStart(4, '0')}) Stationer`, '    Expenses:Office      1.00 EUR', '    Assets:Bank', '']).flat())
    .join('\n');
  const book = journalToBook(parseJournal(text), { language: 'en' });
  let id = 0;
  const tables = bookTables(book, { name: 'Version Three Kft.', baseCurrency: 'EUR', language: 'en' }, { newId: () => `01OLD${String((id += 1)).padStart(21, '0')}`, at: '2026-03-01T09:00:00.000Z' }).map(
    (table) => (table.name === 'entryBlocks' ? { name: 'entries', schema: 'id, date, number', records: [...book.entries] } : table),
  );
  await mkdir(join(app.dataFolder, 'elsewhere'));
  const { path } = await writeSampleBackup(join(app.dataFolder, 'elsewhere'), { tables, schemaVersion: 3 });

  await app.open();
  await page.getByRole('button', { name: 'Restore your books from a backup' }).click();
  app.dialogs.answerNextOpen(path);
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await expect(page.getByText('This backup is from an older version of the data.')).toBeVisible();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was restored.' })).toBeVisible({ timeout: 30_000 });

  const counts = await tableCounts(page);
  expect(counts).toMatchObject({ postedEntries: 301, entryBlocks: 3 }); // January; February in two blocks (250 + 50)
  expect(counts).not.toHaveProperty('entries');
  const bookkeeping = new BookkeepingPage(page);
  await bookkeeping.open('Entries');
  await expect(page.getByText('Entries shown: 301')).toBeVisible();
  await page.getByLabel('Search').fill('2026-0151');
  await expect(bookkeeping.entryRows()).toHaveCount(1);
  await bookkeeping.entryRow('2026-0151').click();
  await expect(page.getByRole('heading', { level: 2, name: /^Entry 2026-0151 Posted$/ })).toBeVisible();
  const reports = new ReportsPage(page);
  await reports.open('Trial balance');
  await reports.customPeriod('01/01/2026', '12/31/2026');
  expect((await reports.figures(reports.trialBalanceRow('Assets:Bank'))).at(-1)).toBe('4,700.00');
});
