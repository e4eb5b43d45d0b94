import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSampleBackup } from '../../electron/services/backup/test-support';
import { bookTables, ledgerSchemaVersion } from '../../shared/backup/bookTables';
import { journalToBook, parseJournal } from '../../shared/journal';
import type { EntryBlock } from '../../shared/ledger/types';
import { booksDatabase, booksDatabases, openBackupSection, tableDump } from './backup.helpers';
import { expect, test } from './fixtures';
import { completeSetup } from './pages/setup-page';

const company = 'Harbour Supplies Ltd';

/**
 * A backup as the app writes one, every hash right, whose entry 2026-0002 was changed
 * after the fact: its debit is one cent more than its credit.
 */
async function tamperedBackup(folder: string): Promise<string> {
  const journal = [
    '2026-01-02 * (2026-0001) Opening balance',
    '    Assets:Bank        5000.00 EUR',
    '    Equity:Opening',
    '',
    '2026-01-05 * (2026-0002) Quay Properties',
    '    Expenses:Rent       1200.00 EUR',
    '    Assets:Bank',
    '',
    '2026-01-09 * (2026-0003) Northwind Ltd',
    '    Assets:Bank          480.00 EUR',
    '    Income:Sales',
    '',
  ].join('\n');
  let id = 0;
  const tables = bookTables(journalToBook(parseJournal(journal), { language: 'en' }), { name: 'Tampered Kft.', baseCurrency: 'EUR', language: 'en' }, {
    newId: () => `01TAMPER${String((id += 1)).padStart(18, '0')}`,
    at: '2026-02-01T09:00:00.000Z',
  });
  const block = tables.find((table) => table.name === 'entryBlocks')!.records[0] as EntryBlock;
  block.entries.find((entry) => entry.number === '2026-0002')!.lines[0]!.debit += 1;
  await mkdir(folder, { recursive: true });
  return (await writeSampleBackup(folder, { tables, schemaVersion: ledgerSchemaVersion })).path;
}

test('a backup whose entries do not balance is refused before anything switches, in the user’s language; the books stay as they were', async ({ page, app }) => {
  test.setTimeout(90_000);
  const picked = await tamperedBackup(join(app.dataFolder, 'from the stick'));
  await app.open();
  await completeSetup(page, { name: company });
  const books = await booksDatabase(page);
  const before = await tableDump(page);
  const checkers: string[] = [];
  page.on('worker', (worker) => checkers.push(worker.url()));

  // Replace the current data with it: the bytes are intact, so the file passes main's check.
  await openBackupSection(page);
  app.dialogs.answerNextOpen(picked);
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await expect(page.getByTestId('backup-verified')).toBeVisible();
  await page.getByRole('button', { name: 'Replace current data' }).click();
  const refusal = page.getByRole('alert');
  await expect(refusal).toHaveText(
    'This backup cannot be used: its records do not agree with each other (table “Journal entries, in monthly blocks”). ' +
      'In entry 2026-0002 of 2026-01-05, debits and credits in EUR are not equal. ' +
      'Nothing was changed: your current books are as they were. Use another backup instead — an earlier one, or a copy kept on another drive.',
    { timeout: 30_000 },
  );
  await page.screenshot({ path: test.info().outputPath('refused-content.png'), fullPage: true });
  // The records were checked in a worker, beside the writes.
  expect(checkers.some((url) => /contentCheckWorker/.test(url))).toBe(true);

  // Still the same books, record for record; the half-written database is gone.
  expect(await booksDatabase(page)).toBe(books);
  expect(await booksDatabases(page)).toEqual([books]);
  expect(await tableDump(page)).toEqual(before);
  await expect(page.locator('.brand-company')).toHaveText(company);

  // In Hungarian, opening it read-only is refused the same way.
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Interface language').selectOption('hu');
  await expect(page.getByRole('heading', { level: 1, name: 'Beállítások' })).toBeVisible();
  const withLanguage = await tableDump(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Biztonsági mentés' }).click();
  app.dialogs.answerNextOpen(picked);
  await page.getByRole('button', { name: 'Visszaállítás fájlból…' }).click();
  await expect(page.getByTestId('backup-verified')).toBeVisible();
  await page.getByRole('button', { name: 'Megnyitás csak olvasásra' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Ez a mentés nem használható, mert a rekordjai ellentmondanak egymásnak („Könyvelési tételek, havi blokkokban” tábla). ' +
      'A(z) 2026-0002 számú, 2026-01-05 keltű tételben a tartozik és a követel oldal EUR pénznemben nem egyenlő. ' +
      'Semmi sem változott: a jelenlegi könyvek olyanok maradtak, amilyenek voltak. Használjon helyette egy másik mentést — egy korábbit, vagy egy másik meghajtón őrzött másolatot.',
    { timeout: 30_000 },
  );
  await expect(page.getByRole('region', { name: 'Csak olvasásra megnyitott mentés' })).toHaveCount(0);
  expect(await booksDatabases(page)).toEqual([books]);
  expect(await tableDump(page)).toEqual(withLanguage);

  // After a reload too: the same books, nothing switched.
  await page.reload();
  await expect(page.locator('.brand-company')).toHaveText(company);
  expect(await booksDatabase(page)).toBe(books);
  expect(await tableDump(page)).toEqual(withLanguage);
});
