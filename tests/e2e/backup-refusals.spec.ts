import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { backupFormatVersion } from '../../shared/backup/format';
import { deflatedZeros, writeCraftedBackup } from '../../electron/services/backup/crafted-backup';
import { sampleTables, writeSampleBackup } from '../../electron/services/backup/test-support';
import { backUpNow, defaultBackupFolder, openBackupSection, tableCounts } from './backup.helpers';
import { expect, test, type Page } from './fixtures';
import { pdfText } from './pages/pdf';
import { seedAuditEntries } from './pages/seed';
import { completeSetup } from './pages/setup-page';

const company = 'Harbour Supplies Ltd';

test('each bad file is refused with a clear message, and the data stays as it was', async ({ page, app }) => {
  test.setTimeout(180_000); // about 35 s alone on a busy 2-core machine
  await app.open();
  await completeSetup(page, { name: company, address: '12 Quay Street, Bristol' });
  await seedAuditEntries(page, 300);
  await page.reload();
  await openBackupSection(page);
  const good = join(defaultBackupFolder(app.dataFolder), await backUpNow(page));
  const bytes = await readFile(good);

  // The bad files, as an office manager might pick them.
  const files = join(app.dataFolder, 'picked');
  await mkdir(files);
  const truncated = join(files, 'truncated.backup');
  await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const flipped = join(files, 'flipped.backup');
  const copy = Buffer.from(bytes);
  copy[Math.floor(copy.length / 3)]! ^= 0x01;
  await writeFile(flipped, copy);
  const random = join(files, 'holiday photos.backup');
  await writeFile(random, randomBytes(20_000));
  const newerFormat = await writeSampleBackup(files, { tables: sampleTables(5), rewriteManifest: (manifest) => ({ ...manifest, formatVersion: backupFormatVersion + 1 }), createdAt: new Date(2030, 0, 1, 9, 0, 0) });
  const newerSchema = await writeSampleBackup(files, { tables: sampleTables(5), schemaVersion: 99, createdAt: new Date(2030, 0, 1, 10, 0, 0) });
  // 64 kB whose manifest would inflate to 64 MiB.
  const bomb = join(files, 'tiny.backup');
  await writeCraftedBackup(bomb, [{ name: 'manifest.json', compression: 8, ...deflatedZeros(64) }]);

  const countsBefore = await tableCounts(page);
  const reportBefore = await printedReport(page, app, 'before');

  await openBackupSection(page);
  const cases: [string, string][] = [
    [truncated, 'The backup truncated.backup is incomplete: the file was cut short'],
    [flipped, 'The backup flipped.backup is damaged: its content does not match its checksums.'],
    [random, 'holiday photos.backup is not a Backoffice backup.'],
    [newerFormat.path, `The backup ${newerFormat.fileName} was made by a newer version of Backoffice.`],
    [newerSchema.path, `The backup ${newerSchema.fileName} holds data of a newer version of Backoffice.`],
    [bomb, 'The backup tiny.backup would need far more memory or computing to open than any backup Backoffice makes, so it was not opened.'],
  ];
  for (const [path, message] of cases) {
    app.dialogs.answerNextOpen(path);
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    const alert = page.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Nothing was changed.');
    await expect(page.getByRole('button', { name: 'Replace current data' })).toHaveCount(0);
    if (path === flipped) await page.screenshot({ path: test.info().outputPath('refused-damaged.png'), fullPage: true });
  }

  expect(await tableCounts(page)).toEqual(countsBefore);
  expect(await printedReport(page, app, 'after')).toEqual(reportBefore);
});

test('an encrypted backup: a wrong passphrase is refused with nothing changed, the right one opens it', async ({ page, app }) => {
  test.setTimeout(120_000); // about 25 s alone on a busy 2-core machine
  await app.open();
  await completeSetup(page, { name: company });
  await openBackupSection(page);

  // Turn encryption on, back up, then change the passphrase: the old file needs the old one.
  await page.getByRole('checkbox', { name: 'Encrypt backups with a passphrase' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill('tulips in April');
  await page.getByLabel('Repeat the passphrase').fill('tulips in Apri');
  await expect(page.getByText('The two passphrases differ.')).toBeVisible();
  await page.getByLabel('Repeat the passphrase').fill('tulips in April');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup settings saved.' })).toBeVisible();
  await expect(page.getByText('Backups are encrypted.')).toBeVisible();
  const fileName = await backUpNow(page);
  const encrypted = join(defaultBackupFolder(app.dataFolder), fileName);
  expect((await readFile(encrypted)).subarray(0, 8).toString('ascii')).toBe('BKOFFENC');
  const picked = join(app.dataFolder, 'from the stick.backup');
  await copyFile(encrypted, picked);

  await page.getByRole('button', { name: 'Change the passphrase' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('roses in June');
  await page.getByLabel('Repeat the passphrase').fill('roses in June');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup settings saved.' })).toBeVisible();

  const countsBefore = await tableCounts(page);
  app.dialogs.answerNextOpen(picked);
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await expect(page.getByText('This backup is encrypted. Enter its passphrase.')).toBeVisible();
  await page.getByLabel('Passphrase of this backup').fill('roses in June');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The passphrase does not open this backup. Nothing was changed.' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('wrong-passphrase.png'), fullPage: true });
  expect(app.dialogs.askedOpen).toHaveLength(1); // asked again without a second file dialog

  await page.getByLabel('Passphrase of this backup').fill('tulips in April');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('backup-verified')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Restore' }).getByRole('definition').filter({ hasText: company })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await tableCounts(page)).toEqual(countsBefore);
});

/** "Save as PDF…" of the company details report, read back as text without the print time. */
async function printedReport(page: Page, app: { dialogs: { answerNextSave(path: string | null): void }; dataFolder: string }, name: string): Promise<string> {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  const path = join(app.dataFolder, `${name}.pdf`);
  app.dialogs.answerNextSave(path);
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved as ${name}.pdf` })).toBeVisible();
  return (await pdfText(path))
    .join('\f')
    .split('\n')
    .filter((line) => !line.includes('Printed'))
    .join('\n');
}
